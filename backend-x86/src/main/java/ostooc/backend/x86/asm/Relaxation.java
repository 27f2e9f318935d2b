package ostooc.backend.x86.asm;

import java.util.List;

/**
 * Branch relaxation: start every branch short (2 bytes) and grow the ones whose displacement does not
 * fit in rel8 to near form, until nothing changes. Growth is monotone (a branch never shrinks back),
 * so the loop terminates; the result is optimal except in rare mutually-dependent cases, like GNU as.
 */
final class Relaxation {
    private Relaxation() {
    }

    /** Returns the start offset of every fragment, plus one entry for the end of the code. */
    static int[] layout(List<Fragment> fragments) {
        int[] start = new int[fragments.size() + 1];
        boolean changed = true;
        while (changed) {
            computeStarts(fragments, start);
            changed = false;
            for (int i = 0; i < fragments.size(); i++) {
                if (fragments.get(i) instanceof Fragment.Branch br && !br.near) {
                    long rel = (long) start[br.target.fragment] - (start[i] + br.size());
                    if (rel != (byte) rel) {
                        br.near = true;
                        changed = true;
                    }
                }
            }
        }
        return start;
    }

    private static void computeStarts(List<Fragment> fragments, int[] start) {
        int pos = 0;
        for (int i = 0; i < fragments.size(); i++) {
            start[i] = pos;
            Fragment f = fragments.get(i);
            pos += f instanceof Fragment.Bytes b ? b.code().length : ((Fragment.Branch) f).size();
        }
        start[fragments.size()] = pos;
    }

    /** Writes a relaxed branch at {@code at}, jumping to {@code target}. */
    static void emit(CodeBuffer out, Fragment.Branch br, int at, int target) {
        int rel = target - (at + br.size());
        if (!br.near) {
            out.u8(br.cond == null ? Opcodes.JMP_REL8 : Opcodes.JCC_REL8 + br.cond.code());
            out.u8(rel);
        } else if (br.cond == null) {
            out.u8(Opcodes.JMP_REL32);
            out.le(rel, 4);
        } else {
            out.u8(Opcodes.ESC);
            out.u8(Opcodes.JCC_REL32 + br.cond.code());
            out.le(rel, 4);
        }
    }
}
