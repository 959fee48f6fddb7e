package org.bepart.system;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the system tests' PostgreSQL server, as a routine restart does. By default with Debian's
 * {@code pg_ctlcluster} on the cluster that listens on the port of {@code bepart.it.db.url} (as root, which CI is);
 * elsewhere set {@code -Dbepart.it.db.stop=…} and {@code -Dbepart.it.db.start=…} to shell commands that do the same.
 */
final class Database {

    private Database() {
    }

    static void stop() {
        run(System.getProperty("bepart.it.db.stop", "pg_ctlcluster " + cluster() + " stop -m fast"));
    }

    static void start() {
        run(System.getProperty("bepart.it.db.start", "pg_ctlcluster " + cluster() + " start"));
    }

    /** "version name" of the Debian cluster on the tests' database port. */
    private static String cluster() {
        int port = URI.create(System.getProperty("bepart.it.db.url", "jdbc:postgresql://127.0.0.1:5432/bepart_it")
                .substring("jdbc:".length())).getPort();
        String clusters = output("pg_lsclusters -h");
        for (String line : clusters.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3 && fields[2].equals(Integer.toString(port == -1 ? 5432 : port))) {
                return fields[0] + " " + fields[1];
            }
        }
        throw new IllegalStateException("no PostgreSQL cluster on port " + port + " in pg_lsclusters: " + clusters
                + " (set -Dbepart.it.db.stop and -Dbepart.it.db.start)");
    }

    private static void run(String command) {
        String output = output(command);
        System.out.println("$ " + command + "\n" + output);
    }

    private static String output(String command) {
        try {
            Process process = new ProcessBuilder(List.of("sh", "-c", command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("`" + command + "` failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run `" + command + "`", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
