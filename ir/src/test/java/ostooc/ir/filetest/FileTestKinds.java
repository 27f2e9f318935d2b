package ostooc.ir.filetest;

import ostooc.ir.IrPrinter;
import ostooc.ir.Module;
import ostooc.ir.interp.Interpreter;
import ostooc.ir.pass.Pass;
import ostooc.ir.pass.PassObserver;
import ostooc.ir.pass.PassPipeline;
import ostooc.ir.text.IrParser;
import ostooc.ir.verify.Verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of filetest. Each computes what the whole file should say given what the code does now (the
 * "blessed" file); the runner compares that with the file, or writes it with {@code -Dbless=true}.
 */
final class FileTestKinds {
    static final String EXPECT = "; expect:";
    private static final Pattern RUN = Pattern.compile(";\\s*run:\\s*@([^(\\s]+)\\(([^)]*)\\).*");

    private FileTestKinds() { }

    /** {@code ; test verify}: the verifier's messages, one {@code ; error: } line each, after the header. */
    static String verify(String file) {
        List<String> lines = new ArrayList<>(Arrays.asList(file.split("\n", -1)));
        int at = 0;                                   // after the leading comments (header, description)
        while (at < lines.size() && lines.get(at).startsWith(";") && !lines.get(at).startsWith("; error:")) at++;
        lines.removeIf(l -> l.startsWith("; error:"));
        List<String> errors = Verifier.verify(IrParser.parse(file));
        for (int k = errors.size() - 1; k >= 0; k--) lines.add(at, "; error: " + errors.get(k));
        return String.join("\n", lines);
    }

    /** {@code ; test optimize a, b}: the IR after the named passes, below {@code ; expect:}. */
    static String optimize(String file, String passList) {
        String input = before(file, EXPECT);
        Module m = IrParser.parse(input);
        Map<String, Pass> passes = PassPipeline.byName();
        List<Pass> selected = new ArrayList<>();
        for (String name : passList.replaceAll("[\\[\\]]", "").split(",")) {
            Pass p = passes.get(name.trim());
            if (p == null) throw new IllegalArgumentException("unknown pass '" + name.trim() + "' (known: " + passes.keySet() + ")");
            selected.add(p);
        }
        PassPipeline.run(m, selected, PassObserver.verifying());
        return input + EXPECT + "\n" + commented(IrPrinter.print(m));
    }

    /** {@code ; test roundtrip}: the body must be exactly what the printer writes for it. */
    static String roundtrip(String file) {
        String header = file.replaceFirst("(?s)^((;[^\n]*\n)*).*", "$1");
        String printed = IrPrinter.print(IrParser.parse(file.substring(header.length())));
        String again = IrPrinter.print(IrParser.parse(printed));
        if (!again.equals(printed)) throw new AssertionError("print -> parse -> print is not stable:\n" + Diff.unified(printed, again));
        return header + printed;
    }

    /**
     * {@code ; test interp}: each {@code ; run: @f(args) == value} line (or {@code exit N}, then
     * {@code output "..."}) is rewritten with what the interpreter computes; the same runs after the -O2
     * pipeline must agree (that part cannot be blessed).
     */
    static String interp(String file) {
        Module optimized = IrParser.parse(file);
        PassPipeline.run(optimized, 2, PassObserver.verifying());
        StringBuilder out = new StringBuilder();
        String[] lines = file.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            Matcher m = RUN.matcher(lines[k]);
            if (m.matches()) {
                long[] args = arguments(m.group(2));
                String line = "; run: @" + m.group(1) + "(" + m.group(2).trim() + ")" + outcome(new Interpreter(IrParser.parse(file)).run(m.group(1), args));
                String after = outcome(new Interpreter(optimized).run(m.group(1), args));
                if (!line.endsWith(after)) throw new AssertionError("after -O2, @" + m.group(1) + " gives" + after + "\n" + IrPrinter.print(optimized));
                out.append(line);
            } else out.append(lines[k]);
            if (k < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }

    private static String outcome(Interpreter.Result r) {
        String s = r.exited() ? " exit " + r.exitCode() : " == " + r.value();
        return r.output().isEmpty() ? s : s + " output " + IrPrinter.quote(r.output());
    }

    private static long[] arguments(String list) {
        if (list.isBlank()) return new long[0];
        return Arrays.stream(list.split(",")).mapToLong(s -> Long.parseLong(s.trim())).toArray();
    }

    private static String before(String file, String marker) {
        int at = file.indexOf("\n" + marker);
        return at < 0 ? (file.endsWith("\n") ? file : file + "\n") : file.substring(0, at + 1);
    }

    private static String commented(String ir) {
        StringBuilder sb = new StringBuilder();
        for (String line : ir.strip().split("\n")) sb.append(line.isEmpty() ? ";" : "; " + line).append('\n');
        return sb.toString();
    }
}
