package ostooc.tests;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
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

/**
 * The fast oracle for generated programs: javac in-process into memory, then {@code main} run in this JVM
 * with {@code System.out} captured. Generated programs never call System.exit and never throw.
 */
public final class InProcessJvm {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    /** System.out is global: one captured run at a time. */
    /**
     * System.out is global: every in-process run that captures it (this class's, the fuzzer's FuzzJvm)
     * holds this one lock, or two test classes running at once would read each other's prints.
     */
    public static final Object STDOUT_LOCK = new Object();

    /** A class loader for classes compiled into memory ({@code binary name -> class file}). */
    public static ClassLoader loaderOf(Map<String, byte[]> classes) {
        return new ClassLoader(InProcessJvm.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] b = classes.get(name);
                if (b == null) throw new ClassNotFoundException(name);
                return defineClass(name, b, 0, b.length);
            }
        };
    }

    private InProcessJvm() { }

    /** Compiles a single-class program; throws AssertionError with javac's messages if it does not compile. */
    public static Map<String, byte[]> compile(String className, String source) {
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        StandardJavaFileManager std = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        JavaFileManager fm = new ForwardingJavaFileManager<>(std) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location loc, String name, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        JavaFileObject src = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        java.io.StringWriter errors = new java.io.StringWriter();
        boolean ok = JAVAC.getTask(errors, fm, null, List.of("-nowarn", "-Xlint:none", "-g:none"), null, List.of(src)).call();
        if (!ok) throw new AssertionError("javac rejected the generated program:\n" + errors + "\n" + source);
        Map<String, byte[]> out = new HashMap<>();
        classes.forEach((n, b) -> out.put(n, b.toByteArray()));
        return out;
    }

    /** Compiles and runs {@code className.main}, returning what it printed on System.out. */
    public static String run(String className, String source) {
        Outcome o = runCatching(className, source, Throwable.class);
        if (o.thrown() != null) throw new AssertionError("the generated program threw on the JVM: " + o.thrown() + "\n" + source, o.thrown());
        return o.stdout();
    }

    /** What a run printed, and the exception of a class in {@code expected} it ended with (null: none). */
    public record Outcome(String stdout, Throwable thrown) { }

    /** As {@link #run}, but an exception of type {@code expected} thrown by main ends the run normally (any other fails). */
    public static Outcome runCatching(String className, String source, Class<? extends Throwable> expected) {
        Throwable thrown = null;
        Map<String, byte[]> classes = compile(className, source);
        ClassLoader loader = loaderOf(classes);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        synchronized (STDOUT_LOCK) {
            PrintStream saved = System.out;
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            try {
                Method main = loader.loadClass(className).getMethod("main", String[].class);
                main.invoke(null, (Object) new String[0]);
            } catch (InvocationTargetException e) {
                if (!expected.isInstance(e.getCause()))
                    throw new AssertionError("the generated program threw on the JVM: " + e.getCause() + "\n" + source, e.getCause());
                thrown = e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            } finally {
                System.out.flush();
                System.setOut(saved);
            }
        }
        return new Outcome(buf.toString(StandardCharsets.UTF_8), thrown);
    }
}
