/** What the editor services of news items, events and contests share: access, versions, audit, texts per language. */
package org.bepart.editorial;
