/** What the edit pages of news items, events and contests share: loading, language tabs, save, publish, unpublish. */
package org.bepart.web.editorial;
