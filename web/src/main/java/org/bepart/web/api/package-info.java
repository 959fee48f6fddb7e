/**
 * Open data: the public initiatives as JSON ({@code /api/v1/...}) with the catalogue's filters, and CSV or JSON
 * exports of any search streamed in constant memory. Field names are stable: they are documented on the codebook page
 * and only ever added to.
 */
package org.bepart.web.api;
