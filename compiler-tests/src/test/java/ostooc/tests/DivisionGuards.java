package ostooc.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Java defines {@code MIN / -1 == MIN} and {@code MIN % -1 == 0}, where x86's {@code idiv} traps (#DE). So
 * every {@code idiv}/{@code div} must be preceded, in its function (from the previous call target, symbol
 * or the entry point), by a {@code cmp} of the very same divisor operand against -1. A divisor that the
 * nearest preceding write set to an immediate other than -1 needs no guard.
 */
public final class DivisionGuards {
    private static final Pattern MINUS_ONE = Pattern.compile("0xffffffffffffffff|0xffffffff|0xffff|0xff|-1|-0x1");

    private DivisionGuards() { }

    /** One line per unguarded division (empty when all are guarded). */
    public static List<String> violations(Path exe) {
        return violations(Disassembly.of(exe));
    }

    public static List<String> violations(Disassembly d) {
        List<String> out = new ArrayList<>();
        List<Disassembly.Insn> insns = d.insns();
        for (int i = 0; i < insns.size(); i++) {
            Disassembly.Insn div = insns.get(i);
            if (!div.mnemonic().equals("idiv") && !div.mnemonic().equals("div")) continue;
            long fn = d.functionOf(div.address());
            if (!guarded(insns, i, fn)) {
                out.add(div + " (function at 0x" + Long.toHexString(fn) + ") has no cmp of " + div.operands() + " with -1 before it");
            }
        }
        return out;
    }

    private static boolean guarded(List<Disassembly.Insn> insns, int divIndex, long functionStart) {
        String divisor = insns.get(divIndex).operands();
        boolean writeSeen = false;
        for (int j = divIndex - 1; j >= 0 && insns.get(j).address() >= functionStart; j--) {
            Disassembly.Insn in = insns.get(j);
            String[] ops = in.operands().split(",", 2);
            if (in.mnemonic().equals("cmp") && ops.length == 2 && ops[0].equals(divisor) && MINUS_ONE.matcher(ops[1]).matches()) {
                return true;
            }
            if (!writeSeen && ops.length == 2 && sameRegister(ops[0], divisor) && !in.mnemonic().equals("cmp") && !in.mnemonic().equals("test")) {
                writeSeen = true;
                if ((in.mnemonic().equals("mov") || in.mnemonic().equals("movabs")) && ops[1].matches("0x[0-9a-f]+")) {
                    long imm = Long.parseUnsignedLong(ops[1].substring(2), 16);
                    long value = is64(ops[0]) ? imm : imm & 0xffffffffL;       // a 32-bit mov zero-extends
                    long divisorValue = is64(divisor) ? value : (int) value;   // idiv r32 sees the low half
                    if (divisorValue != -1 && divisorValue != 0) return true;  // a constant divisor other than -1 and 0
                }
            }
        }
        return false;
    }

    private static boolean is64(String reg) {
        return reg.matches("r(ax|bx|cx|dx|si|di|sp|bp|8|9|1[0-5])");
    }

    /** Whether two operands name the same general-purpose register (rdi, edi, di, dil), or are the same text. */
    static boolean sameRegister(String a, String b) {
        return a.equals(b) || family(a) != null && family(a).equals(family(b));
    }

    private static String family(String reg) {
        if (reg.matches("r(8|9|1[0-5])[dwb]?")) return reg.replaceAll("[dwb]$", "");
        if (reg.matches("[re]?[abcd]x|[abcd][lh]")) return reg.substring(reg.length() - 2, reg.length() - 1);
        if (reg.matches("[re]?(si|di|sp|bp)l?")) return reg.replaceAll("^[re]|l$", "");
        return null;
    }
}
