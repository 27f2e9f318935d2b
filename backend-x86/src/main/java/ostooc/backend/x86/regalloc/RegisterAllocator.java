package ostooc.backend.x86.regalloc;

import java.util.List;
import ostooc.backend.x86.lir.LFunction;

/**
 * The allocation pipeline: liveness → intervals → linear scan, optionally checked. Rewriting happens
 * instruction by instruction during emission ({@link Rewriter}).
 */
public final class RegisterAllocator {
    /** Everything later phases and tests need. */
    public record Result(Liveness liveness, Intervals intervals, Assignment assignment) { }

    private RegisterAllocator() { }

    public static Result allocate(LFunction f, boolean check) {
        Liveness live = Liveness.compute(f);                   // 1. live-in/out per block
        Intervals iv = Intervals.build(f, live);               // 2. exact ranges, hints
        Assignment a = LinearScan.run(iv, f.locCount(), f::isFloat);       // 3. registers or slots
        if (check) {                                           // 4. independent verification
            List<String> errors = AllocationChecker.check(iv, a, f.locCount());
            if (!errors.isEmpty()) throw new IllegalStateException("allocation errors in " + f.name() + ":\n" + String.join("\n", errors) + "\n" + f.dump());
        }
        return new Result(live, iv, a);
    }
}
