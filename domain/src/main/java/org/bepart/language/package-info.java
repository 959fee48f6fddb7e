/** The four languages of the platform and text that exists in several of them. */
package org.bepart.language;
