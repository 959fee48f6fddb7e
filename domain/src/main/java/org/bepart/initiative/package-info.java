/**
 * The initiative of civil participation: the core record, classified by the Council of Europe's Code of Good Practice
 * for Civil Participation (stages of the decision-making process, levels of participation), with its two sides and
 * its texts in the original language and optional translations.
 */
package org.bepart.initiative;
