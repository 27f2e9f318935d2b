package ostooc.tests;

import java.nio.file.Path;

/** Paths in the repository, wherever the tests run from. */
public final class Repo {
    private Repo() { }

    public static Path root() {
        String p = System.getProperty("ostooc.repo");
        return (p != null ? Path.of(p) : Path.of("..")).toAbsolutePath().normalize();
    }

    public static Path programs() { return root().resolve("compiler-tests/src/test/resources/programs"); }
    public static Path samples() { return root().resolve("samples"); }
}
