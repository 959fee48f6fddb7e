/** The public profile page of a person ({@code /people/{id}/{slug}}), shown only when they chose it. */
package org.bepart.web.people;
