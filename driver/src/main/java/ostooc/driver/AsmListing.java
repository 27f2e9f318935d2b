package ostooc.driver;

import java.util.List;

import ostooc.backend.obj.ObjectFile;
import ostooc.backend.obj.Section;
import ostooc.backend.obj.SectionKind;
import ostooc.backend.obj.Symbol;
import ostooc.backend.x86.asm.Decoded;
import ostooc.backend.x86.asm.Disassembler;

/**
 * {@code --emit asm}: the generated code as an Intel-syntax listing, function by function in the order
 * the object holds them: the function's label, then per instruction its offset within the function, its
 * bytes and its text as {@code objdump -d -M intel} prints it (calls name their targets). Built from the
 * very object {@code --emit obj} writes, by {@link Disassembler}; the linker later drops the functions
 * nothing reaches.
 */
final class AsmListing {
    private AsmListing() { }

    static String render(ObjectFile obj, Options o) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ostooc ").append(o.optLevel().flag()).append(": ").append(o.sources())
                .append(" (Intel syntax; offset: bytes  instruction)\n");
        for (Section s : obj.sections()) {
            if (s.kind() != SectionKind.TEXT) continue;
            sb.append('\n');
            for (Symbol f : symbolsOf(obj, s)) sb.append(f.name()).append(":\n");
            for (Decoded d : Disassembler.decode(s.data(), s.relocs()))
                sb.append(String.format("%6x:  %-21s  %s%n", d.offset(), d.hexBytes(), d.text()));
        }
        return sb.toString();
    }

    private static List<Symbol> symbolsOf(ObjectFile obj, Section s) {
        return obj.symbols().stream().filter(y -> y.section() == s && y.value() == 0).toList();
    }
}
