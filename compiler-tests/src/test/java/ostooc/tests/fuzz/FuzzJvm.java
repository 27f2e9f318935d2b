package ostooc.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import ostooc.tests.Run;

/**
 * The oracle for generated programs, in-process: javac into memory (with line numbers, so an exception's
 * stack trace names lines as a forked JVM would), then {@code main} in a fresh class loader with
 * System.out captured. An uncaught exception becomes what the {@code java} launcher prints and its exit
 * code 1 ({@link Run#uncaughtException()}); a run longer than the time limit is stopped and reported.
 */
final class FuzzJvm {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private FuzzJvm() { }

    /** The classes of {@code file} (named {@code className}.java), or null with javac's messages in {@code errors}. */
    static Map<String, byte[]> compile(String className, String source, StringWriter errors) {
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager std = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        JavaFileManager fm = new ForwardingJavaFileManager<>(std) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location loc, String name, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() { return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream()); }
                };
            }
        };
        JavaFileObject src = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        boolean ok = JAVAC.getTask(errors, fm, null, List.of("-nowarn", "-Xlint:none", "-g:source,lines"), null, List.of(src)).call();
        if (!ok) return null;
        Map<String, byte[]> out = new HashMap<>();
        classes.forEach((n, b) -> out.put(n, b.toByteArray()));
        return out;
    }

    static boolean compiles(String className, String source) { return compile(className, source, new StringWriter()) != null; }

    /** Runs {@code className.main} of compiled classes; stderr holds the launcher's report of an uncaught exception. */
    @SuppressWarnings("deprecation")   // Thread.stop: the only way to end a runaway generated program in-process
    static Run run(String className, Map<String, byte[]> classes, long timeoutMillis) {
        ClassLoader loader = ostooc.tests.InProcessJvm.loaderOf(classes);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Throwable[] thrown = {null};
        boolean timedOut;
        synchronized (ostooc.tests.InProcessJvm.STDOUT_LOCK) {
            PrintStream saved = System.out;
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            Thread t = new Thread(null, () -> {
                try {
                    loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
                } catch (InvocationTargetException e) {
                    thrown[0] = e.getCause();
                } catch (ReflectiveOperationException e) {
                    thrown[0] = new AssertionError(e);
                } catch (Throwable e) {   // ExceptionInInitializerError from a static initializer main's call ran; ThreadDeath
                    thrown[0] = e;
                }
            }, "fuzz-main", 64L << 20);
            t.start();
            try {
                t.join(timeoutMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timedOut = t.isAlive();
            if (timedOut) {
                t.stop();
                try { t.join(5000); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
            }
            System.out.flush();
            System.setOut(saved);
        }
        String stdout = buf.toString(StandardCharsets.UTF_8);
        if (timedOut) return new Run(stdout, "timed out after " + timeoutMillis + " ms", -1);
        if (thrown[0] == null) return new Run(stdout, "", 0);
        StringBuilder err = new StringBuilder("Exception in thread \"main\" ").append(thrown[0]).append('\n');
        for (StackTraceElement e : thrown[0].getStackTrace()) err.append("\tat ").append(e).append('\n');
        for (Throwable c = thrown[0].getCause(); c != null; c = c.getCause()) {   // as the launcher prints causes
            err.append("Caused by: ").append(c).append('\n');
            for (StackTraceElement e : c.getStackTrace()) err.append("\tat ").append(e).append('\n');
        }
        return new Run(stdout, err.toString(), 1);
    }
}
