package ostooc.backend.link;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ostooc.backend.obj.ObjectFile;

/**
 * Finds the musl sysroot the libc tier links against: a directory {@code lib} with libc.a, crt1.o,
 * crti.o and crtn.o, and a directory {@code include} with musl's headers. Looked for, in order:
 * <ol>
 * <li>the {@code --sysroot} value, if given;</li>
 * <li>the environment variable {@value #ENV}, if set;</li>
 * <li>the seed's layout beside the project, {@code sysroot/x86_64-ostoo-user/{lib,include}}, in the
 *     working directory or any parent, then beside the ostooc jar (or classes) or any parent — what
 *     {@code scripts/extract-musl-sysroot.sh} makes;</li>
 * <li>Debian's musl-dev, {@code /usr/lib/x86_64-linux-musl} with {@code /usr/include/x86_64-linux-musl}.</li>
 * </ol>
 * A given root may be the sysroot itself ({@code <root>/lib}), its parent ({@code <root>/x86_64-ostoo-user/lib})
 * or a file-system root holding Debian's layout ({@code <root>/usr/lib/x86_64-linux-musl}). An explicit
 * {@code --sysroot} or {@value #ENV} that holds no sysroot is an error, not a reason to look elsewhere.
 */
public record Sysroot(Path lib, Path include) {
    public static final String ENV = "OSTOO_SYSROOT";
    static final String TRIPLE_DIR = "x86_64-ostoo-user";
    static final Path DEBIAN_LIB = Path.of("/usr/lib/x86_64-linux-musl");
    static final Path DEBIAN_INCLUDE = Path.of("/usr/include/x86_64-linux-musl");
    private static final List<String> REQUIRED = List.of("libc.a", "crt1.o", "crti.o", "crtn.o");

    public Path libc() {
        return lib.resolve("libc.a");
    }

    public Path crt1() {
        return lib.resolve("crt1.o");
    }

    public Path crti() {
        return lib.resolve("crti.o");
    }

    public Path crtn() {
        return lib.resolve("crtn.o");
    }

    /**
     * The command line that links {@code program} against musl: {@code crt1.o crti.o program... libc.a crtn.o}
     * when {@code crtStartFiles} (musl's own {@code _start}), else {@code program... libc.a} (the program brings
     * its {@code _start}, which calls {@code __libc_start_main}, as the seed's std tier does).
     */
    public List<LinkInput> commandLine(List<ObjectFile> program, boolean crtStartFiles) throws IOException {
        List<LinkInput> line = new ArrayList<>();
        if (crtStartFiles) {
            line.add(LinkInput.read(crt1()));
            line.add(LinkInput.read(crti()));
        }
        program.forEach(o -> line.add(LinkInput.of(o)));
        line.add(LinkInput.read(libc()));
        if (crtStartFiles) {
            line.add(LinkInput.read(crtn()));
        }
        return line;
    }

    /** The sysroot for this process: {@code option} is the --sysroot value or null. */
    public static Sysroot find(String option) throws LinkException {
        return find(option, System.getenv(), List.of(Path.of("").toAbsolutePath(), codeLocation()), DEBIAN_LIB, DEBIAN_INCLUDE);
    }

    /** {@link #find(String)} with its inputs explicit (for tests). */
    static Sysroot find(String option, Map<String, String> env, List<Path> startDirs, Path debianLib, Path debianInclude)
            throws LinkException {
        if (option != null) {
            return explicit(Path.of(option), "--sysroot " + option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return explicit(Path.of(fromEnv), ENV + "=" + fromEnv);
        }
        List<Path> looked = new ArrayList<>();
        for (Path start : startDirs) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve("sysroot").resolve(TRIPLE_DIR);
                looked.add(candidate);
                if (complete(candidate.resolve("lib"), candidate.resolve("include"))) {
                    return new Sysroot(candidate.resolve("lib"), candidate.resolve("include"));
                }
            }
        }
        if (complete(debianLib, debianInclude)) {
            return new Sysroot(debianLib, debianInclude);
        }
        throw new LinkException("no musl sysroot found (the libc tier needs libc.a, crt1.o, crti.o, crtn.o and musl's headers).\n"
                + "  Get one with scripts/extract-musl-sysroot.sh (makes sysroot/" + TRIPLE_DIR + " in the project),\n"
                + "  or install Debian's musl-dev (apt install musl-dev: " + debianLib + "),\n"
                + "  or point --sysroot or " + ENV + " at one.\n"
                + "  Looked in: " + describe(looked) + ", " + debianLib);
    }

    private static Sysroot explicit(Path root, String source) throws LinkException {
        List<Sysroot> layouts = List.of(new Sysroot(root.resolve("lib"), root.resolve("include")),
                new Sysroot(root.resolve(TRIPLE_DIR).resolve("lib"), root.resolve(TRIPLE_DIR).resolve("include")),
                new Sysroot(root.resolve("usr/lib/x86_64-linux-musl"), root.resolve("usr/include/x86_64-linux-musl")));
        for (Sysroot s : layouts) {
            if (complete(s.lib(), s.include())) {
                return s;
            }
        }
        throw new LinkException(source + " is not a musl sysroot: none of " + root + "/lib, " + root + "/" + TRIPLE_DIR
                + "/lib or " + root + "/usr/lib/x86_64-linux-musl holds " + String.join(", ", REQUIRED)
                + " with an include directory beside it (scripts/extract-musl-sysroot.sh makes one)");
    }

    private static boolean complete(Path lib, Path include) {
        return REQUIRED.stream().allMatch(f -> Files.isRegularFile(lib.resolve(f))) && Files.isDirectory(include);
    }

    private static String describe(List<Path> looked) {
        return looked.size() <= 4 ? looked.toString() : looked.subList(0, 4) + " and " + (looked.size() - 4) + " parents more";
    }

    /** The directory of the jar (or classes directory) this class was loaded from; the working directory if unknown. */
    private static Path codeLocation() {
        try {
            var src = Sysroot.class.getProtectionDomain().getCodeSource();
            if (src != null) {
                return Path.of(src.getLocation().toURI()).toAbsolutePath();
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // fall through: the working directory was searched already
        }
        return Path.of("").toAbsolutePath();
    }
}
