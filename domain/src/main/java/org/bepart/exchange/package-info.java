/**
 * Peer exchange around initiatives: "useful" marks given by signed-in people, and replications, an initiative its
 * organisation links as inspired by another, with a sentence on what it adapted.
 */
package org.bepart.exchange;
