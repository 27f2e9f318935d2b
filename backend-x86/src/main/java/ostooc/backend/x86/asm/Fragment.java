package ostooc.backend.x86.asm;

import java.util.List;

/**
 * The Assembler's output before branch relaxation: straight-line bytes, and branches to labels whose
 * size (short rel8 or near rel32) is only decided in {@link Relaxation}.
 */
sealed interface Fragment {
    /** Finished bytes with relocations at offsets relative to the fragment start. */
    record Bytes(byte[] code, List<Reloc> relocs) implements Fragment {
    }

    /** jmp (cond == null) or jcc to a label; {@code near} is set by relaxation and only ever goes false -> true. */
    final class Branch implements Fragment {
        final Cond cond;
        final Label target;
        boolean near;

        Branch(Cond cond, Label target) {
            this.cond = cond;
            this.target = target;
        }

        int size() {
            if (!near) {
                return 2;
            }
            return cond == null ? 5 : 6;
        }
    }
}
