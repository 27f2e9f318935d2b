package ostooc.backend.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the machine's binutils/gcc (the independent oracles) and captures their output. */
public final class Tools {
    private Tools() {
    }

    public record Result(int exit, String out, String err) {
    }

    public static Result run(Path dir, String... cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(List.of(cmd)).directory(dir.toFile());
            Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timeout: " + String.join(" ", cmd));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + String.join(" ", cmd), e);
        }
    }

    /** Runs a command that must succeed and returns its stdout. */
    public static String ok(Path dir, String... cmd) {
        Result r = run(dir, cmd);
        if (r.exit() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed (" + r.exit() + "): " + r.err() + r.out());
        }
        return r.out();
    }

    public static Path write(Path dir, String name, byte[] data) {
        try {
            return Files.write(dir.resolve(name), data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
