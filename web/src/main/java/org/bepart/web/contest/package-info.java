/** Contest pages: the public list and contest pages with the entry form, the editors' back office and the jury. */
package org.bepart.web.contest;
