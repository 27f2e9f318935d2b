package ostoo.rt;

import ostoo.rt.annotation.GlobalAllocator;
import ostoo.rt.annotation.Tier;

/**
 * The libc tier's allocator: musl's calloc (zeroed memory, 16-aligned, enough for every Java allocation's
 * 8). Memory is never freed, as in the freestanding tier: there is no garbage collector yet.
 */
@Tier(Tier.LIBC)
final class Malloc {
    private Malloc() { }

    @GlobalAllocator
    static long alloc(long size, long align) {
        long p = LibC.calloc(1, size);
        if (p == 0) Oom.outOfMemory();
        return p;
    }
}
