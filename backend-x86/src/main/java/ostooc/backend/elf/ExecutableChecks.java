package ostooc.backend.elf;

import static ostooc.backend.elf.Elf.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The ostoo loader's rules (ostoo-abi.md sections 1 and 7), checked on an executable image. Each
 * broken rule is one human-readable line; an empty list means ostoo will load the file without
 * refusing it or panicking the kernel. Used by the linker's tests and the end-to-end tests.
 */
public final class ExecutableChecks {
    /** ostoo's mmap area starts here; the image must stay below it (and in the user half). */
    public static final long IMAGE_LIMIT = 0x10_0000_0000L;
    /** The kernel holds whole executables in a 1 MiB heap (and exFAT refuses files over 256 KiB). */
    public static final long MAX_FILE_SIZE = 256 * 1024;

    private ExecutableChecks() {
    }

    /** A program header as read back from the file. */
    public record Phdr(int type, int flags, long offset, long vaddr, long filesz, long memsz) {
    }

    public static List<String> ostooViolations(byte[] exe) {
        List<String> v = new ArrayList<>();
        if (exe.length < EHDR_SIZE) {
            v.add("file shorter than an ELF header");
            return v;
        }
        ByteBuffer b = ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x464c457f) {
            v.add("bad ELF magic");
            return v;
        }
        if (exe[4] != ELFCLASS64) {
            v.add("not ELFCLASS64");
        }
        if (exe[5] != ELFDATA2LSB) {
            v.add("not little-endian");
        }
        int type = b.getShort(16) & 0xffff;
        if (type != ET_EXEC) {
            v.add("e_type " + type + " is not ET_EXEC (ostoo rejects PIE/ET_DYN)");
        }
        if ((b.getShort(18) & 0xffff) != EM_X86_64) {
            v.add("e_machine is not EM_X86_64");
        }
        if (exe.length > MAX_FILE_SIZE) {
            v.add("file is " + exe.length + " bytes, over " + MAX_FILE_SIZE);
        }
        List<Phdr> phdrs;
        try {
            phdrs = programHeaders(exe);
        } catch (ElfFormatException e) {
            v.add(e.getMessage());
            return v;
        }
        long phoff = b.getLong(32);
        List<Phdr> loads = phdrs.stream().filter(p -> p.type() == PT_LOAD).toList();
        if (loads.isEmpty()) {
            v.add("no PT_LOAD segment");
        }
        boolean phdrsMapped = false;
        for (Phdr p : phdrs) {
            if (p.type() == PT_INTERP || p.type() == PT_DYNAMIC) {
                v.add("has " + (p.type() == PT_INTERP ? "PT_INTERP" : "PT_DYNAMIC") + ": ostoo has no dynamic linker");
            }
            if (p.type() != PT_LOAD) {
                continue;
            }
            if (p.offset() < 0 || p.filesz() < 0 || p.offset() + p.filesz() > exe.length) {
                v.add("PT_LOAD at 0x" + Long.toHexString(p.vaddr()) + " reaches past the end of the file");
            }
            if (p.vaddr() < 0x1000 || p.vaddr() + p.memsz() > IMAGE_LIMIT || p.vaddr() + p.memsz() < p.vaddr()) {
                v.add("PT_LOAD [0x" + Long.toHexString(p.vaddr()) + ", +0x" + Long.toHexString(p.memsz())
                        + ") is outside the image area [0x1000, 0x" + Long.toHexString(IMAGE_LIMIT) + ")");
            }
            if (p.offset() <= phoff && phoff + (long) phdrs.size() * PHDR_SIZE <= p.offset() + p.filesz()) {
                phdrsMapped = true;
            }
        }
        if (!phdrsMapped && !loads.isEmpty()) {
            v.add("program headers are not inside a PT_LOAD (AT_PHDR would be 0)");
        }
        for (int i = 0; i < loads.size(); i++) {
            for (int j = i + 1; j < loads.size(); j++) {
                if (sharePage(loads.get(i), loads.get(j))) {
                    v.add("PT_LOADs at 0x" + Long.toHexString(loads.get(i).vaddr()) + " and 0x"
                            + Long.toHexString(loads.get(j).vaddr()) + " touch the same 4 KiB page (kernel panic)");
                }
            }
        }
        return v;
    }

    /** Reads the program header table; the headers themselves must lie inside the file. */
    public static List<Phdr> programHeaders(byte[] exe) {
        ByteBuffer b = ByteBuffer.wrap(exe).order(ByteOrder.LITTLE_ENDIAN);
        long phoff = b.getLong(32);
        int phentsize = b.getShort(54) & 0xffff, phnum = b.getShort(56) & 0xffff;
        List<Phdr> out = new ArrayList<>();
        for (int i = 0; i < phnum; i++) {
            long at = phoff + (long) i * phentsize;
            if (at < 0 || at + PHDR_SIZE > exe.length) {
                throw new ElfFormatException("program header " + i + " lies outside the file");
            }
            int a = (int) at;
            out.add(new Phdr(b.getInt(a), b.getInt(a + 4), b.getLong(a + 8), b.getLong(a + 16), b.getLong(a + 32),
                    b.getLong(a + 40)));
        }
        return out;
    }

    private static boolean sharePage(Phdr x, Phdr y) {
        long x0 = x.vaddr() >>> 12, x1 = (x.vaddr() + Math.max(x.memsz(), 1) - 1) >>> 12;
        long y0 = y.vaddr() >>> 12, y1 = (y.vaddr() + Math.max(y.memsz(), 1) - 1) >>> 12;
        return x0 <= y1 && y0 <= x1;
    }
}
