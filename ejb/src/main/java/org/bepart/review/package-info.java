/**
 * The review back office: the queue of initiatives by status, the review sheet with the checklist of the Code's
 * principles, decisions (validate, request changes, reject) and forwarding to review, one by one or in bulk.
 */
package org.bepart.review;
