/** The 46 member states of the Council of Europe, by ISO 3166 alpha-2 code, named in the reader's language. */
package org.bepart.country;
