/** What every feature shares: the business exception base and small argument checks. */
package org.bepart.shared;
