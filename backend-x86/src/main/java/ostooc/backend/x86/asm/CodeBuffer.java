package ostooc.backend.x86.asm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A growable little-endian byte buffer with the relocations recorded against it (offsets are buffer positions). */
final class CodeBuffer {
    private byte[] bytes = new byte[64];
    private int size;
    private final List<Reloc> relocs = new ArrayList<>();

    int position() {
        return size;
    }

    void u8(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    void le(long v, int n) {
        for (int i = 0; i < n; i++) {
            u8((int) (v >>> (8 * i)));
        }
    }

    void addReloc(Reloc r) {
        relocs.add(r);
    }

    boolean isEmpty() {
        return size == 0 && relocs.isEmpty();
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    List<Reloc> relocs() {
        return relocs;
    }
}
