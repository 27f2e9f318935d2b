package ostooc.backend.link;

import java.util.Set;

/**
 * Symbols the linker defines when an input references them and none defines them (GNU ld's PROVIDE),
 * as the start-up code of a libc expects: musl's __libc_start_main and exit walk
 * {@code __init_array_start..end} / {@code __fini_array_start..end}; the rest are the usual image
 * boundaries. An array that has no output section gets start == end (an empty loop). {@code _DYNAMIC}
 * is deliberately not provided: musl tests it for null to know it is statically linked, so it stays a
 * weak undefined 0. {@code _GLOBAL_OFFSET_TABLE_} is the GOT (gas names it in every object that uses
 * GOT relocations, even when no relocation is against it).
 */
final class LinkerSymbols {
    private LinkerSymbols() {
    }

    static final Set<String> NAMES = Set.of("__init_array_start", "__init_array_end", "__fini_array_start",
            "__fini_array_end", "__preinit_array_start", "__preinit_array_end", "__ehdr_start", "__executable_start",
            "_etext", "etext", "__etext", "_edata", "edata", "__bss_start", "_end", "end", "_GLOBAL_OFFSET_TABLE_");

    /** The address of a linker-defined symbol in a laid-out image. */
    static long address(String name, Layout layout) {
        return switch (name) {
            case "__init_array_start" -> start(layout, ".init_array");
            case "__init_array_end" -> end(layout, ".init_array");
            case "__fini_array_start" -> start(layout, ".fini_array");
            case "__fini_array_end" -> end(layout, ".fini_array");
            case "__preinit_array_start" -> start(layout, ".preinit_array");
            case "__preinit_array_end" -> end(layout, ".preinit_array");
            case "__ehdr_start", "__executable_start" -> layout.base;
            case "_etext", "etext", "__etext" -> endOfKind(layout, ostooc.backend.obj.SectionKind.TEXT);
            case "_edata", "edata" -> endOfFileData(layout);
            case "__bss_start" -> layout.output(".bss") != null ? layout.output(".bss").address : endOfFileData(layout);
            case "_end", "end" -> layout.memoryEnd;
            case "_GLOBAL_OFFSET_TABLE_" -> layout.output(".got") != null ? layout.output(".got").address : layout.base;
            default -> throw new IllegalArgumentException("not a linker-defined symbol: " + name);
        };
    }

    /** Start of an output section; for an absent one, the end of the image's file data (any address works if start == end). */
    private static long start(Layout layout, String section) {
        OutputSection o = layout.output(section);
        return o != null ? o.address : endOfFileData(layout);
    }

    private static long end(Layout layout, String section) {
        OutputSection o = layout.output(section);
        return o != null ? o.address + o.size() : endOfFileData(layout);
    }

    private static long endOfKind(Layout layout, ostooc.backend.obj.SectionKind kind) {
        long end = layout.base;
        for (OutputSection o : layout.sections) {
            if (o.kind == kind) {
                end = Math.max(end, o.address + o.size());
            }
        }
        return end;
    }

    private static long endOfFileData(Layout layout) {
        long end = layout.base;
        for (OutputSection o : layout.sections) {
            if (o.occupiesFile()) {
                end = Math.max(end, o.address + o.size());
            }
        }
        return end;
    }
}
