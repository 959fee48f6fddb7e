/** What the application needs from its server: the database, its migrations, the clock. */
package org.bepart.platform;
