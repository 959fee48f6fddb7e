/** Measurements the tests and benchmarks read from responses, switched on by {@code bepart.diagnostics}. */
package org.bepart.web.diagnostics;
