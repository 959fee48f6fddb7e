/** The home page: the latest initiatives and where they come from. */
package org.bepart.web.home;
