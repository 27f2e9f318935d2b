package ostoo.rt;

import ostoo.rt.annotation.GlobalAllocator;
import ostoo.rt.annotation.Tier;

/**
 * The brk bump allocator (ostoo-rt's {@code BrkAllocator}): memory is never returned. Unlike the seed it
 * does not call brk for every allocation: it grows the break in 64 KiB steps (ostoo commits pages
 * eagerly and rounds the break up to 4 KiB, so success is "result >= asked").
 */
@Tier(Tier.FREESTANDING)
public final class Alloc {
    private Alloc() { }

    private static final long CHUNK = 64 * 1024;
    private static long top;     // next free byte; 0 until the first allocation
    private static long limit;   // current break

    @GlobalAllocator
    static long alloc(long size, long align) {
        if (top == 0) {
            top = Sys.brk(0);
            limit = top;
        }
        long start = (top + align - 1) & -align;
        long end = start + size;
        if (end > limit) {
            long want = (end + CHUNK - 1) & -CHUNK;
            long got = Sys.brk(want);
            if (got < end) Oom.outOfMemory();
            limit = got;
        }
        top = end;
        return start;
    }
}
