/**
 * The printable sheet of a public initiative: one A4 PDF in the reader's language with its places, both sides'
 * perspectives, the stages and levels of the Code of Good Practice, results, lessons and a QR code leading to its page;
 * made from XHTML by openhtmltopdf, kept per version of the initiative.
 */
package org.bepart.sheet;
