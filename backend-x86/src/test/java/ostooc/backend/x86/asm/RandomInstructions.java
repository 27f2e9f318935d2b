package ostooc.backend.x86.asm;

import java.util.Random;

/**
 * Generates random instructions written exactly as objdump -M intel prints them (hex immediates as
 * the operand-width bit pattern, {@code *1} scales, {@code +0x0} for rbp/r13 bases, ...), so that
 * "assemble with AsmText, disassemble with objdump" must give back the same text.
 */
final class RandomInstructions {
    private final Random rnd;

    RandomInstructions(long seed) {
        this.rnd = new Random(seed);
    }

    private static final String[] ALU = {"add", "or", "adc", "sbb", "and", "sub", "xor", "cmp"};
    private static final String[] SHIFTS = {"rol", "ror", "rcl", "rcr", "shl", "shr", "sar"};
    private static final String[] CONDS = {"o", "no", "b", "ae", "e", "ne", "be", "a", "s", "ns", "p", "np", "l", "ge", "le", "g"};

    String next() {
        Width w = width();
        Width wNo8 = pick(Width.B16, Width.B32, Width.B64);
        return switch (rnd.nextInt(24)) {
            case 0 -> pick(ALU) + " " + reg(w) + "," + reg(w);
            case 1 -> pick(ALU) + " " + reg(w) + "," + imm(w);
            case 2 -> pick(ALU) + " " + reg(w) + "," + ptr(w) + mem();
            case 3 -> pick(ALU) + " " + ptr(w) + mem() + "," + reg(w);
            case 4 -> pick(ALU) + " " + ptr(w) + mem() + "," + imm(w);
            case 5 -> "mov " + reg(w) + "," + reg(w);
            case 6 -> "mov " + reg(w) + "," + ptr(w) + mem();
            case 7 -> "mov " + ptr(w) + mem() + "," + reg(w);
            case 8 -> "mov " + ptr(w) + mem() + "," + (w == Width.B64 || w == Width.B32 ? imm(w) : hexOf(rnd.nextLong(), w));
            case 9 -> movImm();
            case 10 -> extend();
            case 11 -> "lea " + reg(pick(Width.B32, Width.B64)) + "," + mem();
            case 12 -> "imul " + reg(wNo8) + "," + reg(wNo8);
            case 13 -> {
                String r = reg(wNo8);
                yield "imul " + r + "," + reg(Width.valueOf(wNo8.name())) + "," + imm(wNo8);
            }
            case 14 -> pick("idiv", "div", "neg", "not", "imul", "mul") + " " + reg(w);
            case 15 -> pick(SHIFTS) + " " + reg(w) + ",cl";
            case 16 -> {
                int n = 1 + rnd.nextInt(31);
                yield pick(SHIFTS) + " " + reg(w) + "," + (n == 1 ? "1" : "0x" + Integer.toHexString(n));
            }
            case 17 -> "set" + pick(CONDS) + " " + reg(Width.B8);
            case 18 -> "cmov" + pick(CONDS) + " " + reg(wNo8) + "," + reg(wNo8);
            case 19 -> "test " + reg(w) + "," + reg(w);
            case 20 -> "test " + reg(w) + "," + hexOf(w == Width.B8 ? rnd.nextInt(256) : rnd.nextInt(), w);
            case 21 -> pick("push ", "pop ") + reg(Width.B64);
            case 22 -> pick("call ", "jmp ") + reg(Width.B64);
            default -> pick("cdq", "cqo", "ret", "syscall", "ud2", "int3");
        };
    }

    private String movImm() {
        Reg r = Reg.values()[rnd.nextInt(16)];
        long v = switch (rnd.nextInt(3)) {
            case 0 -> rnd.nextLong() & 0xFFFF_FFFFL;
            case 1 -> -1 - (rnd.nextLong() & 0x7FFF_FFFFL);
            default -> rnd.nextLong() | 0x1_0000_0000L;
        };
        if (v >= 0 && v <= 0xFFFF_FFFFL) {
            return "mov " + r.name(Width.B32) + ",0x" + Long.toHexString(v);
        }
        return (v == (int) v ? "mov " : "movabs ") + r.name(Width.B64) + ",0x" + Long.toHexString(v);
    }

    private String extend() {
        Width dst = pick(Width.B16, Width.B32, Width.B64);
        if (dst == Width.B64 && rnd.nextInt(3) == 0) {
            return "movsxd " + reg(dst) + "," + (rnd.nextBoolean() ? reg(Width.B32) : "DWORD PTR " + mem());
        }
        Width src = dst == Width.B16 ? Width.B8 : pick(Width.B8, Width.B16);
        String op = rnd.nextBoolean() ? "movzx " : "movsx ";
        return op + reg(dst) + "," + (rnd.nextBoolean() ? reg(src) : ptr(src) + mem());
    }

    /** An immediate for an ALU-style operation: imm8 or full range, printed as objdump does. */
    private String imm(Width w) {
        long v = switch (w) {
            case B8 -> rnd.nextInt(256) - 128;
            case B16 -> rnd.nextBoolean() ? rnd.nextInt(256) - 128 : rnd.nextInt(65536) - 32768;
            default -> rnd.nextBoolean() ? rnd.nextInt(256) - 128 : rnd.nextInt();
        };
        return hexOf(v, w);
    }

    static String hexOf(long v, Width w) {
        long masked = w == Width.B64 ? v : v & ((1L << (8 * w.bytes())) - 1);
        return "0x" + Long.toHexString(masked);
    }

    private String mem() {
        Reg base = Reg.values()[rnd.nextInt(16)];
        Reg index = rnd.nextBoolean() ? null : Reg.values()[rnd.nextInt(16)];
        if (index == Reg.RSP) {
            index = null;
        }
        int disp = switch (rnd.nextInt(4)) {
            case 0 -> 0;
            case 1 -> rnd.nextInt(256) - 128;
            case 2 -> rnd.nextInt();
            default -> rnd.nextInt(0x10000) - 0x8000;
        };
        StringBuilder s = new StringBuilder("[").append(base.name(Width.B64));
        if (index != null) {
            s.append('+').append(index.name(Width.B64)).append('*').append(1 << rnd.nextInt(4));
        }
        if (disp != 0 || base.low3() == 5) {
            s.append(disp < 0 ? "-0x" : "+0x").append(Long.toHexString(Math.abs((long) disp)));
        }
        return s.append(']').toString();
    }

    private String ptr(Width w) {
        return w.ptrName() + " PTR ";
    }

    private String reg(Width w) {
        return Reg.values()[rnd.nextInt(16)].name(w);
    }

    private Width width() {
        return Width.values()[rnd.nextInt(4)];
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }
}
