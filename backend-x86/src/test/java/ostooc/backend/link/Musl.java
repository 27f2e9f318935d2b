package ostooc.backend.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import ostooc.backend.elf.ElfObjectReader;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.testutil.Tools;

/**
 * Test support for linking C against musl: the sysroot (found like the compiler finds it; a missing one
 * FAILS the test with the finder's message, it never skips), gcc -c against musl's headers, and running a
 * program with a chosen environment.
 */
final class Musl {
    private Musl() {
    }

    static Sysroot sysroot() {
        try {
            return Sysroot.find(null);
        } catch (LinkException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Copies a test resource (src/test/resources/musl/NAME) into {@code dir}. */
    static Path resource(Path dir, String name) throws IOException {
        try (InputStream in = Musl.class.getResourceAsStream("/musl/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource musl/" + name);
            }
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    /** gcc -c against musl's headers, non-PIE, as the libc tier compiles C; returns the object's path. */
    static Path compile(Path dir, Sysroot s, String source, String... extra) {
        String obj = source.replaceAll("\\.c$", ".o");
        List<String> cmd = new ArrayList<>(List.of("gcc", "-c", "-O2", "-nostdinc", "-isystem", s.include().toString(),
                "-fno-pie", "-fno-stack-protector", "-fno-asynchronous-unwind-tables"));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of(source, "-o", obj));
        Tools.ok(dir, cmd.toArray(String[]::new));
        return dir.resolve(obj);
    }

    /** The musl command line crt1.o crti.o OBJECTS libc.a crtn.o, read for our linker. */
    static List<LinkInput> commandLine(Sysroot s, List<Path> objects) throws IOException {
        return s.commandLine(read(objects), true);
    }

    static List<ObjectFile> read(List<Path> objects) throws IOException {
        List<ObjectFile> out = new ArrayList<>();
        for (Path p : objects) {
            out.add(ElfObjectReader.read(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        return out;
    }

    /** GNU ld on the same command line: the oracle. */
    static Path gnuLd(Path dir, Sysroot s, List<Path> objects, String out, String... extra) {
        List<String> cmd = new ArrayList<>(List.of("ld", "-static"));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("-o", out, s.crt1().toString(), s.crti().toString()));
        objects.forEach(o -> cmd.add(o.toString()));
        cmd.addAll(List.of(s.libc().toString(), s.crtn().toString()));
        Tools.ok(dir, cmd.toArray(String[]::new));
        return dir.resolve(out);
    }

    /** Runs a command with exactly the environment {@code env} (nothing inherited). */
    static Tools.Result run(Path dir, Map<String, String> env, String... cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            Path out = Files.createTempFile(dir, "out", ".txt"), err = Files.createTempFile(dir, "err", ".txt");
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timeout: " + String.join(" ", cmd));
            }
            return new Tools.Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + String.join(" ", cmd), e);
        }
    }

    static Path executable(Path dir, String name, byte[] image) {
        Path p = Tools.write(dir, name, image);
        if (!p.toFile().setExecutable(true)) {
            throw new AssertionError("cannot chmod +x " + p);
        }
        return p;
    }
}
