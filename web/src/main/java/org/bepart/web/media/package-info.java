/** Serves the images, thumbnails and PDF documents of initiatives at /media/{id} and /media/{id}/thumbnail. */
package org.bepart.web.media;
