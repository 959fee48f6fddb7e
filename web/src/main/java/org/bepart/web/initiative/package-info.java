/** The public initiative pages: the catalogue with its filters in the URL, and one initiative's page. */
package org.bepart.web.initiative;
