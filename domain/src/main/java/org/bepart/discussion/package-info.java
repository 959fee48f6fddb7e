/**
 * Questions and answers on public initiatives: posts (a question or a comment) by signed-in people, one level of
 * replies, the initiative's team's answers marked as such, plain text whose web addresses become safe links. Kept
 * ready for moderation (held and hidden posts never show).
 */
package org.bepart.discussion;
