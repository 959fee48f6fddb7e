/** The map of the catalogue's result set (Leaflet), with a plain list of the same initiatives beside it. */
package org.bepart.web.map;
