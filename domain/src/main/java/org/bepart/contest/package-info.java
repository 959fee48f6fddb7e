/**
 * Contests for children and young people (drawing, photo, video…): their texts in one or more languages, age range,
 * categories, opening and closing times and limits; the entries the public sends, their moderation, the jury's scores
 * and the winners.
 */
package org.bepart.contest;
