package ostooc.backend.x86.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * The Assembler's storage: straight-line bytes are appended to the current buffer, which is cut into a
 * {@link Fragment} at every label and branch. {@link #finish()} relaxes the branches and concatenates
 * everything into the final code, with relocations and label offsets resolved.
 */
final class CodeStream {
    private final List<Fragment> fragments = new ArrayList<>();
    private CodeBuffer current = new CodeBuffer();
    private byte[] code;
    private final List<Reloc> relocs = new ArrayList<>();
    private int[] fragmentStart; // set by finish()

    /** The buffer to append the next instruction to. */
    CodeBuffer buffer() {
        if (code != null) {
            throw new IllegalStateException("assembler already finished");
        }
        return current;
    }

    void bind(Label l) {
        if (l.isBound()) {
            throw new IllegalStateException("label bound twice");
        }
        flush();
        l.fragment = fragments.size();
    }

    void branch(Cond c, Label l) {
        flush();
        fragments.add(new Fragment.Branch(c, l));
    }

    byte[] finish() {
        if (code != null) {
            return code.clone();
        }
        flush();
        for (Fragment f : fragments) {
            if (f instanceof Fragment.Branch br && !br.target.isBound()) {
                throw new IllegalStateException("branch to an unbound label");
            }
        }
        int[] start = Relaxation.layout(fragments);
        CodeBuffer out = new CodeBuffer();
        for (int i = 0; i < fragments.size(); i++) {
            if (fragments.get(i) instanceof Fragment.Bytes b) {
                for (byte x : b.code()) {
                    out.u8(x);
                }
                for (Reloc r : b.relocs()) {
                    relocs.add(r.shifted(start[i]));
                }
            } else {
                Fragment.Branch br = (Fragment.Branch) fragments.get(i);
                Relaxation.emit(out, br, start[i], start[br.target.fragment]);
            }
        }
        fragmentStart = start;
        code = out.toByteArray();
        return code.clone();
    }

    List<Reloc> relocations() {
        requireFinished();
        return List.copyOf(relocs);
    }

    int labelOffset(Label l) {
        requireFinished();
        if (!l.isBound()) {
            throw new IllegalStateException("label not bound");
        }
        return fragmentStart[l.fragment];
    }

    private void requireFinished() {
        if (code == null) {
            throw new IllegalStateException("call finish() first");
        }
    }

    private void flush() {
        if (!buffer().isEmpty()) {
            fragments.add(new Fragment.Bytes(current.toByteArray(), List.copyOf(current.relocs())));
            current = new CodeBuffer();
        }
    }
}
