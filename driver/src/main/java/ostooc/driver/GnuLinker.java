package ostooc.driver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ostooc.backend.elf.ElfObjectWriter;
import ostooc.backend.obj.ObjectFile;

/**
 * GNU ld as the linker: the objects go to a temporary folder, then
 * <pre>
 *   ld -static -nostdlib -e _start --gc-sections -s -z noexecstack -z noseparate-code -z max-page-size=4096
 *      -o exe prog.o libc.a
 * </pre>
 * No crt1.o (ostoo-rt's {@code _start} replaces it), no crti.o/crtn.o (musl's start-up runs .init_array
 * itself and its {@code _init} is a weak no-op), stripped like the seed's binaries. noseparate-code keeps
 * the headers, code and read-only data in one R+X segment (no page of padding between them), and the data
 * segment still starts on its own page, as ostoo's loader needs.
 */
final class GnuLinker implements ExecutableLinker {
    @Override
    public byte[] link(List<ObjectFile> objects, List<Path> archives, String entrySymbol) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ostooc-ld-");
            List<String> cmd = new ArrayList<>(List.of("ld", "-static", "-nostdlib", "-e", entrySymbol, "--gc-sections", "-s",
                    "-z", "noexecstack", "-z", "noseparate-code", "-z", "max-page-size=4096", "-o", dir.resolve("exe").toString()));
            for (int i = 0; i < objects.size(); i++) {
                Path o = dir.resolve("input" + i + ".o");
                Files.write(o, ElfObjectWriter.write(objects.get(i)));
                cmd.add(o.toString());
            }
            for (Path a : archives) cmd.add(a.toString());
            run(cmd, dir);
            return Files.readAllBytes(dir.resolve("exe"));
        } catch (IOException e) {
            throw new LinkFailedException("ld: " + e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    private static void run(List<String> cmd, Path dir) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new LinkFailedException("cannot run GNU ld (install binutils, or use --linker internal): " + e.getMessage());
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new LinkFailedException("ld timed out");
            }
            if (p.exitValue() != 0) throw new LinkFailedException("ld failed (" + String.join(" ", cmd) + "):\n" + out.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkFailedException("interrupted while linking");
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
