/** Reading the public catalogue of initiatives, in the reader's language; views the pages show. */
package org.bepart.initiative;
