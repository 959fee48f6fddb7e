/**
 * Reviews of initiatives against the principles of the Code of Good Practice for Civil Participation: one review per
 * decision, with a rating and a note for every principle, and the message the contributors receive.
 */
package org.bepart.review;
