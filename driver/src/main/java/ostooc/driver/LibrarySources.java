package ostooc.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ostooc.frontend.SourceFile;

/**
 * Finds the Java sources of ostoo-rt and the stdlib shim, which their jars carry under
 * {@code ostooc-sources/} (from a jar, a shaded jar, or a build's classes folder alike). They are parsed
 * with every program; only what the program reaches is compiled.
 */
final class LibrarySources {
    static final String ROOT = "ostooc-sources";
    private static final String[] MARKERS = {"ostoo/rt/Start.java", "ostoo/shim/Console.java"};

    private LibrarySources() { }

    static List<SourceFile> load() {
        List<SourceFile> all = new ArrayList<>();
        List<Path> roots = new ArrayList<>();
        for (String marker : MARKERS) {
            Path root = rootOf(marker);
            if (!roots.contains(root)) roots.add(root);
        }
        for (Path root : roots) all.addAll(readTree(root));
        all.sort((a, b) -> a.path().compareTo(b.path()));   // deterministic order
        return all;
    }

    private static Path rootOf(String marker) {
        URL url = LibrarySources.class.getClassLoader().getResource(ROOT + "/" + marker);
        if (url == null) throw new IllegalStateException("runtime sources not on the class path: " + marker);
        try {
            URI uri = url.toURI();
            Path file;
            if ("jar".equals(uri.getScheme())) file = jarFileSystem(uri).getPath(ROOT + "/" + marker);
            else file = Path.of(uri);
            Path root = file;
            for (int i = 0; i < marker.split("/").length; i++) root = root.getParent();
            return root;
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read runtime sources at " + url, e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    private static List<SourceFile> readTree(Path root) {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(q -> q.toString().endsWith(".java")).sorted()::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                files.add(new SourceFile("<ostoo>/" + rel, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
