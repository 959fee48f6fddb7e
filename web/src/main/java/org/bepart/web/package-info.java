/** The web module: public pages, the open-data API, and what they share. */
package org.bepart.web;
