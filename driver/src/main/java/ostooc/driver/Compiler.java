package ostooc.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import ostooc.backend.elf.ElfObjectWriter;
import ostooc.backend.obj.ObjectFile;
import ostooc.backend.x86.CodeGenerator;
import ostooc.frontend.Diagnostic;
import ostooc.frontend.Frontend;
import ostooc.frontend.FrontendResult;
import ostooc.frontend.SourceFile;
import ostooc.frontend.Tier;
import ostooc.ir.IrPrinter;
import ostooc.ir.Module;

/**
 * The compiler as a library: sources and options in, an output file and diagnostics out. The pipeline,
 * one step a line:
 * <pre>
 *   read sources → frontend (parse, attribute, lower to IR) → optimize (IR passes) → code generation
 *   (instruction selection, register allocation, encoding: one relocatable object) → link (ET_EXEC; in the
 *   libc tier with musl's libc.a, see {@link Linkers})
 *   → write the output atomically
 * </pre>
 * Nothing is written when there are errors, and a written file is never half-written.
 */
public final class Compiler {
    /** Set (as a system property) by the test suite: check every register allocation independently. */
    static final boolean CHECK_ALLOCATION = Boolean.getBoolean("ostooc.checkAllocation");

    private final List<Result.PhaseTime> phases = new ArrayList<>();

    private Compiler() { }

    /** Compiles the files and folders of {@code options.sources()}. */
    public static Result compile(Options options) {
        Compiler c = new Compiler();
        return c.run(c.timed("read", () -> readSources(options.sources())), options);
    }

    /** Compiles sources already in memory (the annotation processor's); {@code options.sources()} is ignored. */
    public static Result compile(List<SourceFile> sources, Options options) {
        return new Compiler().run(sources, options);
    }

    /**
     * The front end's checks only (the Java subset, types, javac's errors), with no main class required
     * and nothing generated: the diagnostics {@link #compile} would report for these sources, less the
     * program-level ones (no or several main methods).
     */
    public static List<Diagnostic> check(List<SourceFile> sources) {
        return Frontend.check(sources, LibrarySources.load());
    }

    private Result run(List<SourceFile> user, Options o) {
        if (user.isEmpty()) throw new UsageException("no source files");
        List<SourceFile> library = timed("load runtime", LibrarySources::load);
        FrontendResult fe = timed("frontend", () -> Frontend.compile(user, library, o.mainClass(), o.tier()));
        if (!fe.ok()) return new Result(fe.diagnostics(), null, phases);
        Module ir = fe.module();
        timed("optimize", () -> { Optimizer.run(ir, o.optLevel().passLevel); return null; });
        int align = o.optLevel().functionAlignment;
        byte[] out = switch (o.emit()) {
            case IR -> IrPrinter.print(ir).getBytes(StandardCharsets.UTF_8);
            case ASM -> AsmListing.render(codegen(ir, align), o).getBytes(StandardCharsets.UTF_8);
            case OBJ -> ElfObjectWriter.write(codegen(ir, align));
            case EXE -> link(ir, fe.tier(), o, align);
        };
        if (o.output() != null) timed("write", () -> { writeAtomically(o.output(), out, o.emit() == Options.Emit.EXE); return null; });
        return new Result(List.of(), out, phases);
    }

    private ObjectFile codegen(Module ir, int functionAlignment) {
        return timed("codegen", () -> CodeGenerator.generate(ir, CHECK_ALLOCATION, functionAlignment));
    }

    private byte[] link(Module ir, Tier tier, Options o, int functionAlignment) {
        List<Path> archives = Linkers.archives(tier, o.sysroot());   // first: a missing sysroot is reported before any work
        ObjectFile obj = codegen(ir, functionAlignment);
        return timed("link", () -> Linkers.of(o.linker(), tier).link(List.of(obj), archives, ir.entrySymbol));
    }

    private <T> T timed(String phase, Supplier<T> step) {
        long t0 = System.nanoTime();
        T r = step.get();
        phases.add(new Result.PhaseTime(phase, System.nanoTime() - t0));
        return r;
    }

    /** The .java files named, and those found (sorted) in the folders named. */
    static List<SourceFile> readSources(List<Path> paths) {
        if (paths.isEmpty()) throw new UsageException("no source files");
        List<SourceFile> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(q -> q.toString().endsWith(".java")).sorted().forEach(q -> files.add(read(q)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                if (!p.toString().endsWith(".java")) throw new UsageException("not a .java file: " + p);
                files.add(read(p));
            } else {
                throw new UsageException("file not found: " + p);
            }
        }
        if (files.isEmpty()) throw new UsageException("no .java files in " + paths);
        return files;
    }

    private static SourceFile read(Path p) {
        try {
            return new SourceFile(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot read " + p + ": " + e.getMessage());
        }
    }

    /** Writes to a temporary file beside {@code target}, then renames it into place. */
    static void writeAtomically(Path target, byte[] bytes, boolean executable) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".ostooc-", ".tmp");
            Files.write(tmp, bytes);
            if (executable) Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try { if (tmp != null) Files.deleteIfExists(tmp); } catch (IOException ignored) { }
            throw new UsageException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
