/**
 * People who use the platform: accounts with their roles (contributor, reviewer, editor, administrator), the
 * single-use tokens mailed to them, and the password policy.
 */
package org.bepart.account;
