package ostooc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import ostooc.driver.Compiler;
import ostooc.driver.LinkFailedException;
import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.driver.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ostooc [options] <files or folders>}. Exit codes: 0 success, 1 compile errors, 2 bad usage,
 * 3 internal compiler error.
 */
@Command(name = "ostooc", mixinStandardHelpOptions = true, version = "ostooc 0.1.0",
        description = "Compiles Java source into a static x86-64 executable for ostoo (and Linux).")
public final class Main implements Callable<Integer> {
    public static final int OK = 0, COMPILE_ERRORS = 1, USAGE = 2, INTERNAL = 3;

    @Parameters(arity = "1..*", paramLabel = "<source>", description = ".java files, or folders holding them")
    List<Path> sources;

    @Option(names = "-o", paramLabel = "<file>", description = "output file (default: the first source's name, lower-cased)")
    Path output;

    @Option(names = "--main", paramLabel = "<class>", description = "the class whose main runs, when several have one")
    String mainClass;

    @Option(names = "--emit", paramLabel = "ir|obj|exe", description = "what to write: the IR text, a relocatable object, or the executable (default)")
    String emit = "exe";

    @Option(names = {"-O0", "-O1", "-O2"}, description = "optimization level (default -O1)")
    void optLevel(boolean on) { }

    @Option(names = {"-v", "--verbose"}, description = "print the time spent in each phase")
    boolean verbose;

    private final PrintWriter err;
    int optLevel = 1;

    Main(PrintWriter err) { this.err = err; }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (never calls System.exit: tests use this). */
    public static int run(String[] args, PrintWriter err) {
        Main main = new Main(err);
        CommandLine cl = new CommandLine(main);
        cl.setErr(err);
        for (String a : args) if (a.matches("-O[0-2]")) main.optLevel = a.charAt(2) - '0';
        cl.setParameterExceptionHandler((ex, argv) -> {
            err.println("ostooc: " + ex.getMessage());
            err.println("Try 'ostooc --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof LinkFailedException) {
                err.println("ostooc: error: " + ex.getMessage());
                return COMPILE_ERRORS;
            }
            if (ex instanceof UsageException) {
                err.println("ostooc: error: " + ex.getMessage());
                return USAGE;
            }
            err.println("ostooc: internal compiler error: " + ex);
            for (StackTraceElement e : ex.getStackTrace()) err.println("\tat " + e);
            err.println("This is a bug in ostooc; please report it with the source that triggered it.");
            return INTERNAL;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        Options.Emit kind = switch (emit.toLowerCase(Locale.ROOT)) {
            case "ir" -> Options.Emit.IR;
            case "obj" -> Options.Emit.OBJ;
            case "exe" -> Options.Emit.EXE;
            default -> throw new UsageException("unknown --emit kind '" + emit + "' (expected ir, obj or exe)");
        };
        Path out = output != null ? output : defaultOutput(kind);
        Result r = Compiler.compile(new Options(sources, out, mainClass, kind, Options.OptLevel.of(optLevel)));
        if (!r.ok()) {
            err.print(r.formatDiagnostics());
            err.flush();
            return COMPILE_ERRORS;
        }
        if (verbose) for (Result.PhaseTime p : r.phases())
            err.printf("ostooc: %-14s %7.1f ms%n", p.phase(), p.nanos() / 1e6);
        return OK;
    }

    private Path defaultOutput(Options.Emit kind) {
        String name = sources.get(0).getFileName().toString().replaceFirst("\\.java$", "").toLowerCase(Locale.ROOT);
        return Path.of(switch (kind) { case IR -> name + ".ir"; case OBJ -> name + ".o"; case EXE -> name; });
    }
}
