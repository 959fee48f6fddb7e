/** The administrators' page of the search index: its state and a rebuild with visible progress. */
package org.bepart.web.searchadmin;
