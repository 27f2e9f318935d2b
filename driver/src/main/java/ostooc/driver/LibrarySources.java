package ostooc.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import ostooc.frontend.SourceFile;

/**
 * Finds the Java sources of ostoo-rt and the stdlib shim, which their jars carry under
 * {@code ostooc-sources/} (from a jar, a shaded jar, or a build's classes folder alike). They are parsed
 * with every program; only what the program reaches is compiled. A jar is read with {@link JarFile}, which
 * the class loader has already opened and loaded, not with the zip file system (slower to start).
 */
final class LibrarySources {
    static final String ROOT = "ostooc-sources";
    private static final String[] MARKERS = {"ostoo/rt/Start.java", "ostoo/shim/Console.java"};

    private LibrarySources() { }

    static List<SourceFile> load() {
        List<SourceFile> all = new ArrayList<>();
        List<String> roots = new ArrayList<>();   // a jar's path, or a classes folder's ostooc-sources folder
        for (String marker : MARKERS) {
            URL url = LibrarySources.class.getClassLoader().getResource(ROOT + "/" + marker);
            if (url == null) throw new IllegalStateException("runtime sources not on the class path: " + marker);
            try {
                if ("jar".equals(url.getProtocol())) {
                    String jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI()).toString();
                    if (!roots.contains(jar)) { roots.add(jar); all.addAll(readJar(jar)); }
                } else {
                    Path root = Path.of(url.toURI());
                    for (int i = 0; i < marker.split("/").length; i++) root = root.getParent();
                    if (!roots.contains(root.toString())) { roots.add(root.toString()); all.addAll(readTree(root)); }
                }
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot read runtime sources at " + url, e);
            }
        }
        all.sort((a, b) -> a.path().compareTo(b.path()));   // deterministic order
        return all;
    }

    private static List<SourceFile> readJar(String jar) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (JarFile jf = new JarFile(jar)) {
            for (Enumeration<JarEntry> e = jf.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(ROOT + "/") || !name.endsWith(".java")) continue;
                try (InputStream in = jf.getInputStream(entry)) {
                    files.add(new SourceFile("<ostoo>/" + name.substring(ROOT.length() + 1),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
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
