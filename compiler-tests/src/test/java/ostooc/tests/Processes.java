package ostooc.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a child process with a time limit and collects its output. */
public final class Processes {
    private Processes() { }

    public static Run run(List<String> command, Path dir, long timeoutSeconds) {
        return run(command, dir, timeoutSeconds, java.util.Map.of());
    }

    /** As above, with {@code env} added to (or replacing in) the inherited environment. */
    public static Run run(List<String> command, Path dir, long timeoutSeconds, java.util.Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().putAll(env);
            if (dir != null) pb.directory(dir.toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = start(pb);
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Run(out.join(), err.join(), p.exitValue());
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Starts the process, retrying while exec says ETXTBSY: an executable just written by one test can be
     * held open for writing for an instant by a child another test thread is forking (the JVM closes
     * inherited descriptors only in the child, before exec).
     */
    private static Process start(ProcessBuilder pb) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            try {
                return pb.start();
            } catch (IOException e) {
                if (attempt >= 20 || e.getMessage() == null || !e.getMessage().contains("error=26")) throw e;
                Thread.sleep(50);
            }
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<" + e + ">";
            }
        });
    }
}
