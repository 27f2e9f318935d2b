package ostooc.backend.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sysroot finder's order (--sysroot, OSTOO_SYSROOT, sysroot/ up the tree, Debian's musl-dev) and its errors. */
class SysrootTest {
    /** Makes a fake sysroot: LIB with the four files, INCLUDE as a directory. */
    static void fake(Path lib, Path include) throws IOException {
        Files.createDirectories(lib);
        Files.createDirectories(include);
        for (String f : List.of("libc.a", "crt1.o", "crti.o", "crtn.o")) {
            Files.writeString(lib.resolve(f), "x");
        }
    }

    static Sysroot find(String option, Map<String, String> env, Path start, Path debian) throws LinkException {
        return Sysroot.find(option, env, List.of(start), debian.resolve("usr/lib/x86_64-linux-musl"),
                debian.resolve("usr/include/x86_64-linux-musl"));
    }

    @Test
    void optionBeatsEnvironmentBeatsProjectBeatsDebian(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project"), deep = project.resolve("a/b/c"), debian = dir.resolve("debian");
        Files.createDirectories(deep);
        Path seed = project.resolve("sysroot/x86_64-ostoo-user");
        fake(seed.resolve("lib"), seed.resolve("include"));
        fake(debian.resolve("usr/lib/x86_64-linux-musl"), debian.resolve("usr/include/x86_64-linux-musl"));
        fake(dir.resolve("opt/lib"), dir.resolve("opt/include"));
        fake(dir.resolve("env/x86_64-ostoo-user/lib"), dir.resolve("env/x86_64-ostoo-user/include"));

        assertEquals(dir.resolve("opt/lib"), find(dir.resolve("opt").toString(), Map.of(Sysroot.ENV, dir.resolve("env").toString()), deep, debian).lib());
        assertEquals(dir.resolve("env/x86_64-ostoo-user/lib"), find(null, Map.of(Sysroot.ENV, dir.resolve("env").toString()), deep, debian).lib());
        Sysroot walked = find(null, Map.of(), deep, debian);
        assertEquals(seed.resolve("lib"), walked.lib(), "found by walking up from a/b/c");
        assertEquals(seed.resolve("include"), walked.include());
        assertEquals(seed.resolve("lib/libc.a"), walked.libc());
        assertEquals(debian.resolve("usr/lib/x86_64-linux-musl"), find(null, Map.of(), dir.resolve("debian"), debian).lib());
        Sysroot debianRoot = find(debian.toString(), Map.of(), deep, debian);
        assertEquals(debian.resolve("usr/include/x86_64-linux-musl"), debianRoot.include(), "--sysroot at a dpkg-deb -x tree");
    }

    @Test
    void anExplicitSysrootThatIsNotOneIsAnError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty/lib"));
        LinkException e = assertThrows(LinkException.class, () -> find(dir.resolve("empty").toString(), Map.of(), dir, dir));
        assertTrue(e.getMessage().startsWith("--sysroot " + dir.resolve("empty") + " is not a musl sysroot"), e.getMessage());
        e = assertThrows(LinkException.class, () -> find(null, Map.of(Sysroot.ENV, dir.toString()), dir, dir));
        assertTrue(e.getMessage().startsWith(Sysroot.ENV + "=" + dir + " is not a musl sysroot"), e.getMessage());
    }

    @Test
    void noSysrootAnywhereSaysHowToGetOne(@TempDir Path dir) {
        LinkException e = assertThrows(LinkException.class, () -> find(null, Map.of(), dir, dir));
        assertTrue(e.getMessage().contains("no musl sysroot found"), e.getMessage());
        assertTrue(e.getMessage().contains("scripts/extract-musl-sysroot.sh"), e.getMessage());
        assertTrue(e.getMessage().contains("apt install musl-dev"), e.getMessage());
    }

    @Test
    void thisProjectsSysrootIsFound() {
        Sysroot s = Musl.sysroot(); // the tests' own route: fails (never skips) when the script was not run
        assertTrue(Files.isRegularFile(s.libc()) && Files.isDirectory(s.include().resolve("bits")), s.toString());
    }
}
