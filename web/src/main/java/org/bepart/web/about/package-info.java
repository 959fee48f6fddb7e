/** The page that explains the platform, the stages and the levels of participation. */
package org.bepart.web.about;
