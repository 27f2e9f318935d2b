package ostooc.backend.link;

import static ostooc.backend.elf.Elf.*;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;

/**
 * Our linker script, as data: the output sections in address order and which input sections go into
 * each. The order gives the three PT_LOADs: R (.rodata, .got), R+X (.init, .text, .fini), R+W (the TLS
 * image .tdata/.tbss first so PT_TLS is one range, then the constructor arrays, .data, .bss).
 * Input sections: {@code .text.*} to .text, {@code .rodata.*} to .rodata and so on by kind; SHF_TLS ones
 * to .tdata/.tbss; {@code .init_array[.N]}, {@code .fini_array[.N]}, {@code .preinit_array[.N]} (or their
 * ELF types) to their arrays, sorted by the priority N (GNU ld's SORT_BY_INIT_PRIORITY, plain last);
 * {@code .init}/{@code .fini} to their own sections, glued with NOPs because crti/crtn split one
 * function across objects. Non-ALLOC sections (.comment, .note.GNU-stack, debug info) go nowhere.
 * {@code .eh_frame} is an ordinary read-only input that nothing references, so section GC drops it: we
 * emit no .eh_frame_hdr and nothing unwinds in a static C or ostooc program (musl's libc.a has none).
 */
final class OutputRules {
    private OutputRules() {
    }

    /** One output section: its name, the kind that picks its segment and section-header flags, its padding byte. */
    record Rule(String name, SectionKind kind, boolean tls, byte fill) {
    }

    private static final byte ZERO = 0, INT3 = (byte) 0xCC, NOP = (byte) 0x90;

    static final List<Rule> RULES = List.of(
            new Rule(".rodata", SectionKind.RODATA, false, ZERO),
            new Rule(".got", SectionKind.RODATA, false, ZERO),
            new Rule(".init", SectionKind.TEXT, false, NOP),
            // Pad between functions with int3, as GNU ld does: a trap if ever executed, and disassemblers stay in sync.
            new Rule(".text", SectionKind.TEXT, false, INT3),
            new Rule(".fini", SectionKind.TEXT, false, NOP),
            new Rule(".tdata", SectionKind.DATA, true, ZERO),
            new Rule(".tbss", SectionKind.BSS, true, ZERO),
            new Rule(".preinit_array", SectionKind.DATA, false, ZERO),
            new Rule(".init_array", SectionKind.DATA, false, ZERO),
            new Rule(".fini_array", SectionKind.DATA, false, ZERO),
            new Rule(".data", SectionKind.DATA, false, ZERO),
            new Rule(".bss", SectionKind.BSS, false, ZERO));

    private static final Pattern ARRAY = Pattern.compile("\\.(preinit_array|init_array|fini_array)(?:\\.(\\d+))?");

    /** The output section an input section goes to; null for sections that are not loaded. */
    static String outputName(Section s) throws LinkException {
        if (s.kind() == SectionKind.OTHER) {
            return null;
        }
        if ((s.elfFlags() & SHF_TLS) != 0) {
            return s.kind() == SectionKind.BSS ? ".tbss" : ".tdata";
        }
        String n = s.name();
        Matcher m = ARRAY.matcher(n);
        if (m.matches()) {
            return "." + m.group(1);
        }
        switch (s.elfType()) {
            case SHT_INIT_ARRAY: return ".init_array";
            case SHT_FINI_ARRAY: return ".fini_array";
            case SHT_PREINIT_ARRAY: return ".preinit_array";
            default: break;
        }
        if (n.equals(".ctors") || n.startsWith(".ctors.") || n.equals(".dtors") || n.startsWith(".dtors.")) {
            throw new LinkException("section " + n + " (old-style constructors) is not supported; compile with -fuse-init-array");
        }
        if (n.equals(".init") || n.equals(".fini") || n.equals(".got")) {
            return n;
        }
        return switch (s.kind()) {
            case TEXT -> ".text";
            case RODATA -> ".rodata";
            case DATA -> ".data";
            case BSS -> ".bss";
            case OTHER -> null;
        };
    }

    /** Sections GC must keep although nothing references them: the start-up code walks them by position. */
    static boolean isKept(Section s) throws LinkException {
        String out = outputName(s);
        return out != null && (out.equals(".init") || out.equals(".fini") || out.endsWith("_array"));
    }

    /** Sort key inside an output section: .init_array.N by N, everything else after, in input order. */
    static int priority(Section s) {
        Matcher m = ARRAY.matcher(s.name());
        if (m.matches() && m.group(2) != null) {
            return Integer.parseInt(m.group(2));
        }
        return Integer.MAX_VALUE;
    }
}
