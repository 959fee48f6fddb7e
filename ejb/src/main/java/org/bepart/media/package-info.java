/**
 * Images and PDF documents of initiatives: checked by their content (never their name), images decoded, re-encoded
 * without metadata, downscaled and given a thumbnail, PDFs stored without active content; who may see which file.
 */
package org.bepart.media;
