package ostooc.backend.x86.asm;

/** A branch target inside one Assembler; bound once with {@link Assembler#bind}. Identity is the object. */
public final class Label {
    int fragment = -1; // index of the fragment that starts at this label, -1 while unbound

    boolean isBound() {
        return fragment >= 0;
    }
}
