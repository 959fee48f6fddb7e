/** What news items, events and contests share as things editors write, translate and publish. */
package org.bepart.editorial;
