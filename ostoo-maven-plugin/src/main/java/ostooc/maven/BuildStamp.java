package ostooc.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import ostooc.driver.Options;

/**
 * What an executable was built from, as one SHA-256: the options, every source file (path and content,
 * in sorted order) and the compiler itself (each jar of the plugin's class loader by path, size and
 * modification time, so a rebuilt ostooc rebuilds the program). Equal stamps mean the same inputs, hence
 * the same bytes (ostooc's output is deterministic).
 */
final class BuildStamp {
    private BuildStamp() { }

    static String of(Options o, ClassLoader compiler) {
        MessageDigest sha = sha256();
        text(sha, "options " + o.output() + " " + o.mainClass() + " " + o.emit() + " " + o.optLevel()
                + " " + o.tier() + " " + o.sysroot() + " " + o.linker());
        for (Path root : o.sources()) for (Path p : javaFiles(root)) {
            text(sha, "source " + p);
            sha.update(bytes(p));
        }
        if (compiler instanceof URLClassLoader urls)
            for (URL u : urls.getURLs()) text(sha, "compiler " + u + " " + describe(u));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) return List.of(root);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(URL u) {
        try {
            File f = new File(u.toURI());
            return f.length() + " " + f.lastModified();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    private static void text(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
