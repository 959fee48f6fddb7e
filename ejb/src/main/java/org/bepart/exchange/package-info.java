/**
 * Peer exchange around initiatives, the services: "useful" marks and replications ("we did it too"), with the
 * counts kept on the initiative's row, and the search index and public pages told of every change.
 */
package org.bepart.exchange;
