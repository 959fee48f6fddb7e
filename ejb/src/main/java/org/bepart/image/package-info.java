/** What every image the platform serves or refuses shares: its bytes with their type, the refusal of an upload. */
package org.bepart.image;
