package ostooc.driver;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the musl sysroot of the libc tier: the folder holding {@code libc.a}. In order: {@code --sysroot},
 * the environment variable {@code OSTOO_SYSROOT}, {@code sysroot/x86_64-ostoo-user/lib} beside the project
 * (what {@code scripts/extract-musl-sysroot.sh} makes, as the seed does), then Debian's musl-dev
 * ({@code /usr/lib/x86_64-linux-musl}). A sysroot given as {@code --sysroot} or {@code OSTOO_SYSROOT} may
 * name the lib folder or its parent. Nothing found is a usage error that says where it looked.
 */
public final class SysrootFinder {
    static final String PROJECT_SYSROOT = "sysroot/x86_64-ostoo-user/lib";
    static final Path SYSTEM_MUSL = Path.of("/usr/lib/x86_64-linux-musl");

    private SysrootFinder() { }

    /** The lib folder holding libc.a. */
    public static Path find(Path explicit) {
        List<Path> looked = new ArrayList<>();
        if (explicit != null) return require(explicit, "--sysroot");
        String env = System.getenv("OSTOO_SYSROOT");
        if (env != null && !env.isEmpty()) return require(Path.of(env), "OSTOO_SYSROOT");
        Path project = projectRoot();
        if (project != null) {
            Path p = project.resolve(PROJECT_SYSROOT);
            if (hasLibc(p)) return p;
            looked.add(p);
        }
        if (hasLibc(SYSTEM_MUSL)) return SYSTEM_MUSL;
        looked.add(SYSTEM_MUSL);
        throw new UsageException("no musl sysroot (libc.a) for the libc tier; looked in " + looked
                + ". Install musl-dev (apt-get install musl-dev), run scripts/extract-musl-sysroot.sh, or pass --sysroot <dir>");
    }

    private static Path require(Path given, String from) {
        if (hasLibc(given)) return given;
        if (hasLibc(given.resolve("lib"))) return given.resolve("lib");
        throw new UsageException("no libc.a in " + given + " (from " + from + ")");
    }

    private static boolean hasLibc(Path dir) { return Files.isRegularFile(dir.resolve("libc.a")); }

    /** The folder above the one holding the compiler's jar or classes ({@code cli/target/ostooc.jar}), if any. */
    private static Path projectRoot() {
        try {
            Path code = Path.of(SysrootFinder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code.getParent(); p != null; p = p.getParent())
                if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("driver"))) return p;
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return null;
        }
        return null;
    }
}
