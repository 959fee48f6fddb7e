/** The contributor's initiatives (/account/initiatives) and the six-step submission form (/account/initiatives/edit). */
package org.bepart.web.submission;
