/**
 * Pages of accounts: registering, confirming the address, forgotten password, the profile (name, language,
 * password, deletion) and the administrators' list of accounts with their roles.
 */
package org.bepart.web.account;
