/** Faces plumbing shared by all pages. */
package org.bepart.web.faces;
