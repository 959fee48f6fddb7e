package org.bepart.shared;

/**
 * Counts the SQL statements executed on the current thread, so that a page's cost in statements can be checked by
 * tests and benchmarks. {@link SqlStatementsListener} feeds it; it costs one increment per statement.
 */
public final class SqlStatements {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private SqlStatements() {
    }

    static void executed() {
        COUNT.get()[0]++;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements executed on this thread since the last reset. */
    public static int count() {
        return COUNT.get()[0];
    }
}
