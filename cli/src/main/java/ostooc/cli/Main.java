package ostooc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import ostooc.driver.Compiler;
import ostooc.driver.Deploy;
import ostooc.driver.LinkFailedException;
import ostooc.driver.Options;
import ostooc.driver.Options.OptLevel;
import ostooc.driver.Result;
import ostooc.driver.UsageException;
import ostooc.frontend.Tier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ostooc [options] <files or folders>}: parses the command line (Picocli), hands an {@link Options}
 * to the driver and maps the outcome to an exit code. Diagnostics, timings and usage errors go to
 * stderr; help, the version and the completion script to stdout. Never calls System.exit but in main.
 */
@Command(name = "ostooc", version = "ostooc 0.1.0", sortOptions = false, usageHelpAutoWidth = true,
        description = "Compiles Java source into a static x86-64 executable for ostoo (and Linux).",
        footer = {"", "Java: classes, interfaces, enums, records, inner/anonymous/local classes, arrays, strings, float "
                + "and double, boxing, varargs, the JDK classes of ostooc's library (java.lang's boxes, Math, StringBuilder, "
                + "System, Class; java.util.Arrays, Objects; String.format, printf). Not yet: generics, collections, lambdas, "
                + "exceptions: an 'unsupported:' error. See the README's subset table.",
                "", "Exit codes: 0 success, 1 compile errors, 2 bad usage, 3 internal compiler error."})
public final class Main implements Callable<Integer> {
    public static final int OK = 0, COMPILE_ERRORS = 1, USAGE = 2, INTERNAL = 3;

    @Parameters(arity = "0..*", paramLabel = "<source>", description = ".java files, or folders holding them")
    List<Path> sources = new ArrayList<>();

    @Option(names = "-o", order = 1, paramLabel = "<file>", description = "output file (default: the first source's name, lower-cased, plus .ir/.s/.o)")
    Path output;

    @Option(names = "--main", order = 2, paramLabel = "<class>", description = "the class whose main runs, when several have one")
    String mainClass;

    @Option(names = "--emit", order = 6, paramLabel = "<kind>", completionCandidates = EmitKinds.class,
            description = "ir (the SSA IR text), asm (an Intel-syntax listing), obj (a relocatable ELF object) or exe (the default)")
    String emit = "exe";

    OptLevel optLevel = OptLevel.O1;

    @Option(names = "-O0", order = 7, description = "no optimization passes")
    void o0(boolean on) { optLevel = OptLevel.O0; }

    @Option(names = "-O1", order = 8, description = "the IR passes: constant folding, GVN, null and bounds check folding, inlining that never grows code, CFG simplification, dead code (default)")
    void o1(boolean on) { optLevel = OptLevel.O1; }

    @Option(names = "-O2", order = 9, description = "-O1, plus inlining of small direct calls (static, private, final, constructors) and the -O1 passes again after it")
    void o2(boolean on) { optLevel = OptLevel.O2; }

    @Option(names = "-Os", order = 10, description = "-O1 (without -O2's copying inliner), and functions packed without alignment padding (smaller)")
    void os(boolean on) { optLevel = OptLevel.Os; }

    @Option(names = "--deploy", order = 11, paramLabel = "<dir>", description = "copy the executable into an ostoo user/ folder (the guest's /host/)")
    Path deployDir;

    @Option(names = {"-v", "--verbose"}, order = 12, description = "print the time spent in each phase")
    boolean verbose;

    @Option(names = "--completion", order = 13, paramLabel = "<shell>", completionCandidates = Shells.class,
            description = "print a completion script for bash or zsh and exit: source <(ostooc --completion bash)")
    String completionShell;

    @Option(names = {"-h", "--help"}, order = 14, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = {"-V", "--version"}, order = 15, versionHelp = true, description = "print the version and exit")
    boolean version;

    @Option(names = "--tier", order = 3, paramLabel = "<tier>", completionCandidates = Tiers.class,
            description = "freestanding or libc (default: the main class's @Tier, else freestanding)")
    String tier;

    @Option(names = "--sysroot", order = 4, paramLabel = "<dir>",
            description = "musl sysroot for --tier libc (default: $OSTOO_SYSROOT, sysroot/x86_64-ostoo-user, /usr/lib/x86_64-linux-musl)")
    Path sysroot;

    @Option(names = "--linker", order = 5, paramLabel = "<linker>", completionCandidates = LinkerKinds.class,
            description = "internal (ostooc's, the default) or ld (GNU ld)")
    String linker;

    static final class Tiers extends ArrayList<String> { Tiers() { super(List.of("freestanding", "libc")); } }
    static final class LinkerKinds extends ArrayList<String> { LinkerKinds() { super(List.of("internal", "ld")); } }

    static final class EmitKinds extends ArrayList<String> { EmitKinds() { super(List.of("ir", "asm", "obj", "exe")); } }
    static final class Shells extends ArrayList<String> { Shells() { super(List.of("bash", "zsh")); } }

    private final PrintWriter out, err;
    private final CommandLine commandLine;

    private Main(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        this.commandLine = new CommandLine(this);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)} with help and listings on System.out. */
    public static int run(String[] args, PrintWriter err) {
        return run(args, new PrintWriter(System.out, true), err);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main(out, err);
        CommandLine cl = main.commandLine;
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, argv) -> main.usageError(ex.getMessage()));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> main.failure(ex));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        if (completionShell != null) return completion();
        if (sources.isEmpty()) return usageError("no source files given");
        Options.Emit kind = switch (emit.toLowerCase(Locale.ROOT)) {
            case "ir" -> Options.Emit.IR;
            case "asm" -> Options.Emit.ASM;
            case "obj" -> Options.Emit.OBJ;
            case "exe" -> Options.Emit.EXE;
            default -> null;
        };
        if (kind == null) return usageError("unknown --emit kind '" + emit + "' (expected ir, asm, obj or exe)");
        if (deployDir != null && kind != Options.Emit.EXE) return usageError("--deploy needs an executable (--emit exe)");
        Path target = output != null ? output : defaultOutput(kind);
        Result r = Compiler.compile(new Options(sources, target, mainClass, kind, optLevel, tier(), sysroot, linker()));
        if (!r.ok()) {
            err.print(r.formatDiagnostics());
            return COMPILE_ERRORS;
        }
        if (verbose) for (Result.PhaseTime p : r.phases())
            err.printf("ostooc: %-14s %7.1f ms%n", p.phase(), p.nanos() / 1e6);
        if (deployDir != null) {
            Path copy = Deploy.copy(target, deployDir);
            if (verbose) err.println("ostooc: deployed " + copy + " (in the guest: " + Deploy.guestPath(copy) + ")");
        }
        return OK;
    }

    private Tier tier() {
        if (tier == null) return null;
        Tier t = Tier.byLabel(tier.toLowerCase(Locale.ROOT));
        if (t == null) throw new UsageException("unknown --tier '" + tier + "' (expected freestanding or libc)");
        return t;
    }

    private Options.LinkerKind linker() {
        if (linker == null) return null;
        return switch (linker.toLowerCase(Locale.ROOT)) {
            case "internal" -> Options.LinkerKind.INTERNAL;
            case "ld" -> Options.LinkerKind.LD;
            default -> throw new UsageException("unknown --linker '" + linker + "' (expected internal or ld)");
        };
    }

    private int completion() {
        String shell = completionShell.toLowerCase(Locale.ROOT);
        if (!shell.equals("bash") && !shell.equals("zsh")) return usageError("no completion for '" + completionShell + "' (bash or zsh)");
        // one script for both: zsh runs it through bashcompinit, which the script loads itself
        out.print(AutoComplete.bash("ostooc", commandLine));
        return OK;
    }

    /** A usage error: one line, then the hint; exit code 2. */
    private int usageError(String message) {
        err.println("ostooc: " + message);
        err.println("Try 'ostooc --help' for more information.");
        return USAGE;
    }

    /** What an exception from the compiler means for the user: their program, their request, or our bug. */
    private int failure(Exception ex) {
        if (ex instanceof LinkFailedException) {
            err.println("ostooc: error: " + ex.getMessage());
            return COMPILE_ERRORS;
        }
        if (ex instanceof UsageException) return usageError(ex.getMessage());
        err.println("ostooc: internal compiler error: " + ex);
        for (StackTraceElement e : ex.getStackTrace()) err.println("\tat " + e);
        err.println("This is a bug in ostooc; please report it with the source that triggered it.");
        return INTERNAL;
    }

    private Path defaultOutput(Options.Emit kind) {
        String name = sources.get(0).toAbsolutePath().normalize().getFileName().toString().replaceFirst("\\.java$", "").toLowerCase(Locale.ROOT);
        return Path.of(switch (kind) { case IR -> name + ".ir"; case ASM -> name + ".s"; case OBJ -> name + ".o"; case EXE -> name; });
    }
}
