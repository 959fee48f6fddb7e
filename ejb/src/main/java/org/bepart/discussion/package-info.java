/**
 * Questions and answers on public initiatives, the services: signed-in people ask or comment, the initiative's
 * team answers, the authors edit for 15 minutes; posting is rate-limited per account; the team and the asker are told
 * ({@link org.bepart.discussion.PostAdded}, observed by the notifications) and the public page follows.
 */
package org.bepart.discussion;
