package ostooc.ir;

/**
 * Every IR opcode and its properties, in one table: the verifier, the printer, the parser and the
 * canonicalizer all read it. Semantics are Java's:
 * <ul>
 *   <li>ADD, SUB, MUL, NEG wrap around (two's complement) at the width of the type.</li>
 *   <li>SDIV, SREM are Java's {@code /} and {@code %} on ints/longs, made <em>total</em>: {@code MIN / -1}
 *       is {@code MIN}, {@code MIN % -1} is 0, and a zero divisor gives 0. The front end checks for zero
 *       (ArithmeticException) before; the back end must still never emit a trapping {@code idiv}
 *       (on ostoo a #DE panics the whole kernel).</li>
 *   <li>SHL, SAR, SHR mask the count to the width (31 or 63) like Java; the count is always i32.</li>
 *   <li>CMP yields i32 0 or 1.</li>
 *   <li>Floating point (f32/f64, IEEE 754 binary32/64, round to nearest, as Java since 17: strictfp):
 *       FCONST holds the value's bit pattern in {@code imm} (f32: the int bits, sign-extended).
 *       FREM is Java's {@code %} (C's fmod: the result has the dividend's sign; not IEEE remainder).
 *       FCMP takes eq, ne, slt, sle, sgt, sge and behaves like Java's {@code == != < <= > >=}: every
 *       comparison with NaN is false except {@code ne} (so {@code slt} is not the negation of {@code sge}).
 *       FPTOSI saturates like Java's {@code (int)}/{@code (long)} casts: NaN → 0, out of range → MIN/MAX.
 *       BITCAST reinterprets the bits between f32 and i32 or f64 and i64 (Float.floatToRawIntBits).</li>
 * </ul>
 * Attribute kinds say which extra fields of {@link Instr} an opcode uses.
 */
public enum Op {
    // name        arity  flags                          attribute
    ICONST("iconst",   0, Flags.PURE,                    Attr.IMM),
    SYMADDR("symaddr", 0, Flags.PURE,                    Attr.SYMBOL),
    PARAM("param",     0, Flags.PURE,                    Attr.IMM),      // function parameter #imm; only in the entry block

    ADD("add",   2, Flags.PURE | Flags.COMMUTATIVE, Attr.NONE),
    SUB("sub",   2, Flags.PURE,                     Attr.NONE),
    MUL("mul",   2, Flags.PURE | Flags.COMMUTATIVE, Attr.NONE),
    SDIV("sdiv", 2, Flags.PURE,                     Attr.NONE),
    SREM("srem", 2, Flags.PURE,                     Attr.NONE),
    AND("and",   2, Flags.PURE | Flags.COMMUTATIVE, Attr.NONE),
    OR("or",     2, Flags.PURE | Flags.COMMUTATIVE, Attr.NONE),
    XOR("xor",   2, Flags.PURE | Flags.COMMUTATIVE, Attr.NONE),
    SHL("shl",   2, Flags.PURE,                     Attr.NONE),
    SAR("sar",   2, Flags.PURE,                     Attr.NONE),
    SHR("shr",   2, Flags.PURE,                     Attr.NONE),
    NEG("neg",   1, Flags.PURE,                     Attr.NONE),
    CMP("cmp",   2, Flags.PURE,                     Attr.COND),

    FCONST("fconst", 0, Flags.PURE, Attr.IMM),    // the bit pattern
    FADD("fadd", 2, Flags.PURE | Flags.COMMUTATIVE, Attr.NONE),
    FSUB("fsub", 2, Flags.PURE,                     Attr.NONE),
    FMUL("fmul", 2, Flags.PURE | Flags.COMMUTATIVE, Attr.NONE),
    FDIV("fdiv", 2, Flags.PURE,                     Attr.NONE),
    FREM("frem", 2, Flags.PURE,                     Attr.NONE),
    FNEG("fneg", 1, Flags.PURE,                     Attr.NONE),
    FSQRT("fsqrt", 1, Flags.PURE,                   Attr.NONE),   // Math.sqrt (correctly rounded)
    FCMP("fcmp", 2, Flags.PURE,                     Attr.COND),
    SITOFP("sitofp",   1, Flags.PURE, Attr.NONE),  // i32/i64 -> f32/f64, round to nearest
    FPTOSI("fptosi",   1, Flags.PURE, Attr.NONE),  // f32/f64 -> i32/i64, saturating like Java
    FPEXT("fpext",     1, Flags.PURE, Attr.NONE),  // f32 -> f64
    FPTRUNC("fptrunc", 1, Flags.PURE, Attr.NONE),  // f64 -> f32, round to nearest
    BITCAST("bitcast", 1, Flags.PURE, Attr.NONE),  // f32 <-> i32, f64 <-> i64

    SEXT("sext",   1, Flags.PURE, Attr.NONE),   // i32 -> i64, sign-extending
    ZEXT("zext",   1, Flags.PURE, Attr.NONE),   // i32 -> i64, zero-extending
    TRUNC("trunc", 1, Flags.PURE, Attr.NONE),   // i64 -> i32, low 32 bits
    SX8("sx8",     1, Flags.PURE, Attr.NONE),   // i32 -> i32: (byte) x
    ZX8("zx8",     1, Flags.PURE, Attr.NONE),   // i32 -> i32: x & 0xFF
    SX16("sx16",   1, Flags.PURE, Attr.NONE),   // i32 -> i32: (short) x
    ZX16("zx16",   1, Flags.PURE, Attr.NONE),   // i32 -> i32: (char) x
    REF2I("ref2i", 1, Flags.PURE, Attr.NONE),   // ref -> i64: the address (runtime code only)
    I2REF("i2ref", 1, Flags.PURE, Attr.NONE),   // i64 -> ref (runtime code only)

    LOAD("load",   1, Flags.READS,  Attr.MEM),  // load.<kind> address, offset
    STORE("store", 2, Flags.WRITES, Attr.MEM),  // store.<kind> address, offset, value

    CALL("call",       -1, Flags.WRITES | Flags.READS, Attr.SYMBOL),  // call @f(args...)
    CALLI("calli",     -1, Flags.WRITES | Flags.READS, Attr.NONE),    // calli %callee(args...): indirect call, callee an i64 address
    SYSCALL("syscall", -1, Flags.WRITES | Flags.READS, Attr.NONE),    // syscall nr, a1..a6 -> i64
    ASM("asm",          0, Flags.WRITES | Flags.READS, Attr.TEXT),    // one instruction, naked functions only
    PHI("phi",         -1, Flags.PURE,                 Attr.PHI),

    BR("br",       0, Flags.TERMINATOR, Attr.TARGETS),
    BRIF("brif",   1, Flags.TERMINATOR, Attr.TARGETS),   // brif cond, then, else (cond is i32, nonzero = then)
    RET("ret",    -1, Flags.TERMINATOR, Attr.NONE),      // zero or one operand
    UNREACHABLE("unreachable", 0, Flags.TERMINATOR, Attr.NONE);

    /** Bit flags of an opcode. */
    public static final class Flags {
        public static final int PURE = 1, COMMUTATIVE = 2, TERMINATOR = 4, READS = 8, WRITES = 16;
        private Flags() { }
    }

    /** Which attribute fields an instruction with this opcode carries. */
    public enum Attr { NONE, IMM, SYMBOL, COND, MEM, TEXT, TARGETS, PHI }

    private final String text;
    private final int arity;
    private final int flags;
    private final Attr attr;

    Op(String text, int arity, int flags, Attr attr) {
        this.text = text; this.arity = arity; this.flags = flags; this.attr = attr;
    }

    public String text() { return text; }
    /** Number of value inputs, or -1 when variable. */
    public int arity() { return arity; }
    public Attr attr() { return attr; }
    public boolean isPure() { return (flags & Flags.PURE) != 0; }
    public boolean isCommutative() { return (flags & Flags.COMMUTATIVE) != 0; }
    public boolean isTerminator() { return (flags & Flags.TERMINATOR) != 0; }
    public boolean hasSideEffects() { return (flags & Flags.WRITES) != 0; }
    public boolean readsMemory() { return (flags & Flags.READS) != 0; }

    public static Op parse(String s) {
        for (Op o : values()) if (o.text.equals(s)) return o;
        throw new IllegalArgumentException("unknown opcode: " + s);
    }
}
