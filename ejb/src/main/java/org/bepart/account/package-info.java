/**
 * Accounts: signing in, registration with a verified e-mail address, password reset, profile and deletion, roles,
 * and the first administrator from the deployer's settings.
 */
package org.bepart.account;
