package ostooc.tests;

import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import ostooc.driver.Compiler;
import ostooc.frontend.SourceFile;

/**
 * The compile errors of a one-file program as javac (in-process, its own text output parsed) and as ostooc's
 * front end ({@link Compiler#check}) report them: line, column (javac's caret) and the message with its detail
 * lines (javac's {@code where} clauses included), in source order. Empty: the program compiles.
 */
record CompileErrors(int line, int column, String message) {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final Pattern HEADER = Pattern.compile("^\\S+\\.java:(\\d+): (error|warning): (.*)$");

    static List<CompileErrors> javac(String fileName, String source) {
        StringWriter out = new StringWriter();
        boolean ok = compile(fileName, source, out, null);
        List<CompileErrors> errors = new ArrayList<>();
        String[] lines = out.toString().split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = HEADER.matcher(lines[i]);
            if (!m.matches() || !m.group(2).equals("error")) continue;
            StringBuilder msg = new StringBuilder(m.group(3));
            int column = lines[i + 2].indexOf('^') + 1;
            for (int k = i + 3; k < lines.length && !HEADER.matcher(lines[k]).matches() && !lines[k].matches("\\d+ errors?") && !lines[k].startsWith("Note: "); k++)
                msg.append('\n').append(lines[k]);
            errors.add(new CompileErrors(Integer.parseInt(m.group(1)), column, msg.toString()));
        }
        if (!ok && errors.isEmpty()) throw new AssertionError("javac failed without an error message:\n" + out);
        errors.sort(Comparator.comparingInt(CompileErrors::line).thenComparingInt(CompileErrors::column));
        return errors;
    }

    /** The lines of every error javac reports. */
    static List<Long> javacErrorLines(String fileName, String source) {
        DiagnosticCollector<JavaFileObject> d = new DiagnosticCollector<>();
        compile(fileName, source, new StringWriter(), d);
        return d.getDiagnostics().stream().filter(x -> x.getKind() == javax.tools.Diagnostic.Kind.ERROR).map(javax.tools.Diagnostic::getLineNumber).toList();
    }

    private static boolean compile(String fileName, String source, StringWriter out, DiagnosticCollector<JavaFileObject> diagnostics) {
        StandardJavaFileManager fm = JAVAC.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        JavaFileObject src = new SimpleJavaFileObject(URI.create("string:///" + fileName), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) { return source; }
        };
        JavaFileManager discard = new ForwardingJavaFileManager<>(fm) {   // class files are not needed
            @Override
            public JavaFileObject getJavaFileForOutput(Location loc, String name, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() { return OutputStream.nullOutputStream(); }
                };
            }
        };
        // -XDuseUnsharedTable: a fresh name table per compilation. javac orders an intersection's interfaces of one rank by
        // when their names were interned (TypeSymbol.precedes); the shared table keeps the names of earlier compilations
        // in this JVM, so without this the order would depend on which programs were compiled before.
        return JAVAC.getTask(out, discard, diagnostics, List.of("-proc:none", "-nowarn", "-Xlint:none", "-XDuseUnsharedTable=true"), null, List.of(src)).call();
    }

    static List<CompileErrors> ostooc(String fileName, String source) {
        return Compiler.check(List.of(new SourceFile(fileName, source))).stream()
                .map(d -> new CompileErrors(d.line(), d.column(), d.message()))
                .sorted(Comparator.comparingInt(CompileErrors::line).thenComparingInt(CompileErrors::column)).toList();
    }

    boolean unsupported() { return message.startsWith("unsupported:"); }

    @Override public String toString() { return line + ":" + column + ": " + message; }
}
