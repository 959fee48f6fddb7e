/** The codebook: every field of the open data explained, and how to query the API. */
package org.bepart.web.codebook;
