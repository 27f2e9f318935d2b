package ostooc.backend.obj;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import ostooc.backend.x86.asm.Reloc;

/**
 * One input section: bytes (or just a size, for BSS), an alignment, and relocations whose offsets are
 * within this section. The code generator emits one section per function/constant/static
 * ({@code .text.<sym>}, {@code .rodata.<sym>}, ...) so the linker can drop unreachable ones.
 * {@code elfType}/{@code elfFlags} are 0 unless a reader preserved the original ELF values.
 */
public final class Section {
    /** Pseudo-section of absolute symbols (ELF SHN_ABS); never part of an ObjectFile's section list. */
    public static final Section ABSOLUTE = new Section("*ABS*", SectionKind.OTHER, 1);

    private final String name;
    private final SectionKind kind;
    private final int align;
    private byte[] data = new byte[0];
    private long size;
    private final List<Reloc> relocs = new ArrayList<>();
    private int elfType;
    private long elfFlags;

    public Section(String name, SectionKind kind, int align) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (align <= 0 || Integer.bitCount(align) != 1) {
            throw new IllegalArgumentException("alignment must be a power of two: " + align);
        }
        this.align = align;
    }

    public String name() {
        return name;
    }

    public SectionKind kind() {
        return kind;
    }

    public int align() {
        return align;
    }

    /** The contents; empty for BSS. */
    public byte[] data() {
        return data;
    }

    public void setData(byte[] data) {
        if (kind == SectionKind.BSS) {
            throw new IllegalStateException("BSS section " + name + " has no data; use setSize");
        }
        this.data = data.clone();
        this.size = data.length;
    }

    public long size() {
        return size;
    }

    /** Sets the size of a BSS section (zero-filled at load time). */
    public void setSize(long size) {
        if (kind != SectionKind.BSS) {
            throw new IllegalStateException("only BSS sections have a size without data: " + name);
        }
        this.size = size;
    }

    public List<Reloc> relocs() {
        return Collections.unmodifiableList(relocs);
    }

    public void addReloc(Reloc r) {
        relocs.add(r);
    }

    public int elfType() {
        return elfType;
    }

    public long elfFlags() {
        return elfFlags;
    }

    /** Records the section's original ELF sh_type/sh_flags (used by the reader; the writer then keeps them). */
    public void setElf(int type, long flags) {
        this.elfType = type;
        this.elfFlags = flags;
    }

    @Override
    public String toString() {
        return name;
    }
}
