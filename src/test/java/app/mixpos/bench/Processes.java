package app.mixpos.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Child JVMs on this test run's class path, and an Xvfb display for the start-up runs. */
final class Processes {

    /**
     * @param spawnEpochMs this JVM's clock just before the child was started: launch, for start-up figures
     */
    record Run(List<String> lines, long spawnBiasMs, long spawnEpochMs) {
        /** The epoch-milliseconds value {@code name} in a line starting with {@code prefix}, minus the spawn. */
        long sinceSpawn(String prefix, String name) {
            var m = java.util.regex.Pattern.compile(name + " (\\d{12,})").matcher(line(prefix));
            if (!m.find()) {
                throw new IllegalStateException("no '" + name + "' epoch in " + line(prefix));
            }
            return Long.parseLong(m.group(1)) - spawnEpochMs;
        }

        String line(String prefix) {
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no '" + prefix + "' line in " + lines));
        }
    }

    private Processes() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs {@code java <jvm…> -cp <this class path> <main> <args…>} and collects its output. {@code spawnBiasMs}
     * is how far the child's {@code ProcessHandle…startInstant()} lies before the moment we started it (Linux
     * derives it from the boot time, which {@code /proc/stat} gives in whole seconds).
     */
    static Run run(List<String> jvm, String main, List<String> args, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        return run(System.getProperty("java.class.path"), jvm, main, args, env, timeout);
    }

    /** This run's class path with its class folders packed as jars: AppCDS archives only take jars. */
    static String jarredClassPath(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        var jar = java.util.spi.ToolProvider.findFirst("jar").orElseThrow();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                Path packed = dir.resolve(p.getFileName() + ".jar");
                Files.deleteIfExists(packed);
                if (jar.run(System.out, System.err, "--create", "--file", packed.toString(), "-C", entry, ".") != 0) {
                    throw new IOException("jar failed for " + entry);
                }
                out.add(packed.toString());
            } else {
                out.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    static Run run(String classPath, List<String> jvm, String main, List<String> args, Map<String, String> env,
                   Duration timeout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(jvm);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(main);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Instant spawn = Instant.now();
        Process p = pb.start();
        long bias = p.info().startInstant().map(s -> Duration.between(spawn, s).toMillis()).orElse(0L);
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(main + " did not finish in " + timeout);
        }
        reader.join(5000);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(main + " exited " + p.exitValue() + ": " + lines);
        }
        return new Run(lines, bias, spawn.toEpochMilli());
    }

    /** Starts Xvfb on a free display number; the caller destroys it. */
    static Process xvfb(String[] display) throws IOException, InterruptedException {
        for (int n = 171; n < 199; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process x = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                Thread.sleep(100);
            }
            if (x.isAlive()) {
                display[0] = ":" + n;
                return x;
            }
        }
        throw new IllegalStateException("no free X display for Xvfb");
    }
}
