/** The administrators' page of the managed lists (themes, tools, target groups): /admin/taxonomies. */
package org.bepart.web.taxonomy;
