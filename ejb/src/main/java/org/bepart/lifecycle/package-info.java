/**
 * The lifecycle of an initiative: who may move it from one status to the next, the record of every move, and the
 * event that tells the people concerned. Review decisions build on it ({@code org.bepart.review}).
 */
package org.bepart.lifecycle;
