package app.mixpos.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Another program on the receipt log, as an accountant's browser or a backup script would be: the {@code sqlite3}
 * command line in a process of its own, and what this process's descriptors and locks on the file look like from
 * {@code /proc}. CI installs {@code sqlite3} and sets {@code CI=true}, which turns a missing command into a failure;
 * a developer's machine without it skips these tests.
 */
public final class OutsideSqlite {

    private OutsideSqlite() {
    }

    /** Skips the test when there is no {@code sqlite3} command, except in CI where it must be there. */
    public static void requireCommand() {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "sqlite3")));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("the sqlite3 command line is not installed; .ci/run installs it (Debian package sqlite3)");
        }
        Assumptions.assumeTrue(present, "no sqlite3 command on this machine (apt-get install sqlite3)");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
    }

    /** Runs {@code sql} with {@code sqlite3 -batch} on {@code file} and returns its output lines. */
    public static List<String> run(Path file, String sql) {
        try {
            Process p = new ProcessBuilder("sqlite3", "-batch", file.toString(), sql).redirectErrorStream(true).start();
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    out.add(line);
                }
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("sqlite3 did not finish within 30 s: " + sql);
            }
            assertThat(p.exitValue()).as("sqlite3 %s -> %s", sql, out).isZero();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A {@code sqlite3} shell kept open on the file; statements are fed on its standard input. */
    public static Session session(Path file) {
        try {
            Process p = new ProcessBuilder("sqlite3", "-batch", file.toString()).redirectErrorStream(true).start();
            return new Session(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The links in {@code /proc/<pid>/fd} that point at {@code file} or its -wal/-shm, as "target" strings. */
    public static List<String> descriptorsOf(long pid, Path file) {
        String name = file.toAbsolutePath().normalize().toString();
        List<String> found = new ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith(name)) {
                        found.add(target);
                    }
                } catch (IOException gone) {
                    // closed while listing
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Lines of {@code /proc/locks} held by {@code pid} on {@code file}'s inode. */
    public static List<String> locksOf(long pid, Path file) {
        try {
            Object inode = Files.getAttribute(file, "unix:ino");
            String suffix = ":" + inode + " ";
            return Files.readAllLines(Path.of("/proc/locks")).stream()
                    .filter(l -> l.contains(" " + pid + " ") && l.contains(suffix))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An interactive {@code sqlite3}: holds a transaction open for as long as the test wants. */
    public static final class Session implements AutoCloseable {
        private final Process process;
        private final Writer in;

        private Session(Process process) {
            this.process = process;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** Sends {@code sql}, then waits until sqlite3 has run it (it echoes a marker after it). */
        public void exec(String sql) {
            try {
                in.write(sql + "\n.print DONE\n");
                in.flush();
                BufferedReader r = reader();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.equals("DONE")) {
                        return;
                    }
                    if (line.startsWith("Error") || line.startsWith("Parse error") || line.startsWith("Runtime error")) {
                        fail("sqlite3: " + line + " after " + sql);
                    }
                }
                fail("sqlite3 ended before running " + sql);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private BufferedReader reader;

        private BufferedReader reader() {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            }
            return reader;
        }

        @Override
        public void close() throws InterruptedException {
            try {
                in.write(".quit\n");
                in.close();
            } catch (IOException ignored) {
                // already gone
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
