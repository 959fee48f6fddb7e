/** The managed lists (themes, tools, target groups) as the pages show them. */
package org.bepart.taxonomy;
