/**
 * Organisations behind initiatives: public authorities (municipalities and communities, regions, national bodies),
 * civil-society organisations and research institutions. Contributors belong to them, by invitation they accepted;
 * initiatives belong to them.
 */
package org.bepart.organisation;
