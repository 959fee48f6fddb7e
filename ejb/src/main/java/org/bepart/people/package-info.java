/**
 * Public profiles of contributors, by their own choice: name, organisations, a short bio and the public initiatives
 * they created; the members an organisation's page shows are those who chose it.
 */
package org.bepart.people;
