/** Demo initiatives, loaded into an empty database only when the demo run asks for them ({@code bepart.demo-data}). */
package org.bepart.demo;
