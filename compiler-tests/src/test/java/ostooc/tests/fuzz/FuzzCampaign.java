package ostooc.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs many generated programs ({@link ProgramGen}) through {@link FuzzCheck}, fast: programs without
 * hazards are batched ({@code batch} programs as classes of one source, whose main runs each program's
 * main in turn), so the runtime library is compiled once per batch instead of once per program; a batch
 * that fails is checked program by program to find the culprits. Programs with hazards (which may end in an
 * exception) run alone. {@code threads} workers (both cores) share the work. Each failing program is kept
 * with its seed; the first of each kind is reduced ({@link LineReducer}) and everything is written under
 * {@code outDir} (stats.txt, the original and reduced sources).
 */
final class FuzzCampaign {
    record Found(long seed, FuzzCheck.Failure failure, String source) { }

    final long firstSeed;
    final int programs, batch, threads;
    final Path outDir;
    final AtomicInteger generated = new AtomicInteger(), run = new AtomicInteger(), batches = new AtomicInteger();
    final List<Found> found = Collections.synchronizedList(new ArrayList<>());
    long nanos;

    FuzzCampaign(long firstSeed, int programs, int batch, int threads, Path outDir) {
        this.firstSeed = firstSeed; this.programs = programs; this.batch = batch; this.threads = threads; this.outDir = outDir;
    }

    static String name(long seed) { return "Fz" + Long.toUnsignedString(seed, 36); }

    /** The standalone program of a seed, as a failure or regression program shows it. */
    static String standalone(long seed) { return new ProgramGen(name(seed), seed).render(true); }

    void run() {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = new ArrayList<>();
        for (long s = firstSeed; s < firstSeed + programs; s += batch) {
            long from = s, to = Math.min(firstSeed + programs, s + batch);
            jobs.add(pool.submit(() -> runBatch(from, to)));
        }
        pool.shutdown();
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try { pool.awaitTermination(1, TimeUnit.MINUTES); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        nanos = System.nanoTime() - started;
    }

    private final long started = System.nanoTime();

    /** When to stop starting batches ({@code fuzz.minutes}: a long run bounded in time still writes its results). */
    private final long deadline = System.currentTimeMillis() + Long.getLong("fuzz.minutes", 1L << 30) * 60_000;

    private void runBatch(long from, long to) {
        if (System.currentTimeMillis() > deadline) return;
        try {
            runBatch0(from, to);
        } catch (RuntimeException | AssertionError e) {   // one batch's trouble must not end a long run and lose its results
            found.add(new Found(from, new FuzzCheck.Failure("harness: " + e.getClass().getSimpleName(), "seeds " + from + ".." + (to - 1), String.valueOf(e)), ""));
        }
        nanos = System.nanoTime() - started;
        if (batches.get() % 5 == 0) {   // progress, so a long run that is stopped still leaves its statistics
            try {
                Files.createDirectories(outDir);
                Files.writeString(outDir.resolve("stats.txt"), stats());
            } catch (IOException | RuntimeException ignored) {
                // the final write reports
            }
        }
    }

    private void runBatch0(long from, long to) {
        List<Long> batched = new ArrayList<>();
        StringBuilder src = new StringBuilder();
        StringBuilder main = new StringBuilder("public class FuzzBatch {\n    public static void main(String[] args) {\n");
        for (long s = from; s < to; s++) {
            ProgramGen g = new ProgramGen(name(s), s);
            String p = g.render(false);
            generated.incrementAndGet();
            if (g.hazards) { checkAlone(s); continue; }
            batched.add(s);
            src.append(p);
            main.append("        ").append(name(s)).append(".main(args);\n");
        }
        if (batched.isEmpty()) return;
        String source = src.append(main).append("    }\n}\n").toString();
        FuzzCheck.Failure f = FuzzCheck.check("FuzzBatch", source);
        batches.incrementAndGet();
        if (f == null) { run.addAndGet(batched.size()); return; }
        int before = found.size();
        for (long s : batched) checkAlone(s);
        if (found.size() == before) {   // only together: keep the batch itself
            found.add(new Found(from, new FuzzCheck.Failure("only in a batch: " + f.kind(), f.build(), f.detail()), source));
        }
    }

    private void checkAlone(long seed) {
        String source = standalone(seed);
        FuzzCheck.Failure f = FuzzCheck.check(name(seed), source);
        run.incrementAndGet();
        if (f != null) found.add(new Found(seed, f, source));
    }

    /** Failures by kind, in order of first appearance of each kind's smallest seed. */
    Map<String, List<Found>> byKind() {
        Map<String, List<Found>> m = new TreeMap<>();
        synchronized (found) {
            for (Found x : found) m.computeIfAbsent(x.failure().kind(), k -> new ArrayList<>()).add(x);
        }
        m.values().forEach(l -> l.sort((a, b) -> Long.compare(a.seed(), b.seed())));
        return m;
    }

    /**
     * Reduces the first program of each kind (at most {@code maxKinds}) while it fails with the same kind at
     * the same build; returns kind → reduced source.
     */
    Map<String, String> reduce(int maxKinds, int budget) {
        Map<String, String> reduced = new TreeMap<>();
        for (Map.Entry<String, List<Found>> e : byKind().entrySet()) {
            if (reduced.size() >= maxKinds) break;
            Found x = e.getValue().get(0);
            String kind = x.failure().kind();
            if (kind.startsWith("only in a batch") || kind.startsWith("generator") || kind.startsWith("harness") || kind.contains("timed out")) continue;
            String cls = name(x.seed());
            reduced.put(e.getKey(), LineReducer.reduce(x.source(), s -> sameFailure(cls, s, x.failure()), budget));
        }
        return reduced;
    }

    private static final java.util.regex.Pattern IDENTITY_HASH = java.util.regex.Pattern.compile("[A-Za-z0-9_$]@[0-9a-f]+");

    static boolean sameFailure(String cls, String source, FuzzCheck.Failure want) {
        FuzzCheck.Oracle o = FuzzCheck.oracle(cls, source);
        if (o.run() == null || o.run().exitCode() < 0) return false;
        // a reduction that deletes a toString() prints Object's: an identity hash, different on every run
        if (IDENTITY_HASH.matcher(o.run().stdout()).find()) return false;
        FuzzCheck.Build b = FuzzCheck.BUILDS.stream().filter(x -> want.build().equals(x.name()) || want.build().startsWith(x.name() + " under")).findFirst().orElseThrow();
        FuzzCheck.Failure f = FuzzCheck.checkNative(cls, source, o.run(), List.of(b));
        return f != null && f.kind().equals(want.kind());
    }

    String stats() {
        double seconds = nanos / 1e9;
        StringBuilder sb = new StringBuilder();
        sb.append("seeds ").append(firstSeed).append("..").append(firstSeed + programs - 1).append(", batches of ").append(batch)
                .append(", ").append(threads).append(" threads\n");
        sb.append("programs generated: ").append(generated).append("\nprograms run (JVM, -O0, -O1, -O2, libc): ").append(run)
                .append("\nbatches compiled: ").append(batches).append('\n');
        sb.append(String.format("time: %.1f s, %.2f programs/s%n", seconds, run.get() / Math.max(seconds, 1e-9)));
        sb.append(FuzzCheck.timing());
        Map<String, List<Found>> kinds = byKind();
        sb.append("failing programs: ").append(found.size()).append(", kinds: ").append(kinds.size()).append('\n');
        for (Map.Entry<String, List<Found>> e : kinds.entrySet()) {
            sb.append("  ").append(e.getValue().size()).append(" × ").append(e.getKey()).append("  [").append(e.getValue().get(0).failure().build())
                    .append("; seeds ");
            e.getValue().stream().limit(8).forEach(f -> sb.append(f.seed()).append(' '));
            sb.append("]\n");
        }
        return sb.toString();
    }

    /** stats.txt, and per kind the first failing program and its reduction. */
    void write(Map<String, String> reduced) {
        try {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("stats.txt"), stats());
            StringBuilder seeds = new StringBuilder();   // every failing seed, to rerun them after a fix
            byKind().forEach((kind, list) -> list.forEach(x -> seeds.append(x.seed()).append('\t').append(kind).append('\n')));
            Files.writeString(outDir.resolve("failing-seeds.txt"), seeds.toString());
            int k = 0;
            for (Map.Entry<String, List<Found>> e : byKind().entrySet()) {
                Found x = e.getValue().get(0);
                Path d = Files.createDirectories(outDir.resolve("kind" + (k++)));
                Files.writeString(d.resolve("failure.txt"), x.failure() + "\nseed " + x.seed() + "\n");
                Files.writeString(d.resolve(x.failure().kind().startsWith("only in a batch") ? "FuzzBatch.java" : name(x.seed()) + ".java"), x.source());
                String red = reduced.get(e.getKey());
                if (red != null) Files.writeString(d.resolve("reduced-" + name(x.seed()) + ".java"), red);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
