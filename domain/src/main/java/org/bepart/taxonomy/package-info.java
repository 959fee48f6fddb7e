/** Managed lists that classify initiatives: themes, tools and methods, target groups. */
package org.bepart.taxonomy;
