package ostooc.ir.gen;

import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.DataItem;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-formed, terminating programs for the pass properties: {@code @f(i32, i32, i64, i64) i64}
 * made of straight-line integer arithmetic (edge constants, SDIV/SREM, shifts, conversions, repeated
 * expressions for GVN, identities for the folder), diamonds (sometimes on a constant condition or with
 * both targets equal) and counted loops with phis, stores and loads of a data item, calls of a helper,
 * a write syscall, and now and then an unreachable block. Instructions are built directly, not through
 * IrBuilder, so that there is something left to fold. Deterministic for a given seed.
 */
public final class ProgramGenerator {
    public static final long[] I32_EDGES = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1, 31, 32, 33, 63, 64, -2};
    public static final long[] I64_EDGES = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1, Integer.MIN_VALUE, 0xFFFF_FFFFL, 64};
    private static final Op[] BINARY = {Op.ADD, Op.SUB, Op.MUL, Op.SDIV, Op.SREM, Op.AND, Op.OR, Op.XOR, Op.SHL, Op.SAR, Op.SHR};
    private static final Op[] NARROW = {Op.SX8, Op.ZX8, Op.SX16, Op.ZX16, Op.NEG};

    private final Random rnd;
    private final Function f;
    private Block cur;
    private final List<Instr> i32s = new ArrayList<>(), i64s = new ArrayList<>();
    private int budget = 60;        // instructions left; keeps programs small and loops short

    private ProgramGenerator(long seed) {
        rnd = new Random(seed);
        f = new Function("f", List.of(Type.I32, Type.I32, Type.I64, Type.I64), Type.I64);
    }

    public static Module generate(long seed) {
        Module m = new Module();
        m.add(new DataItem("buf", DataItem.Kind.BSS, 8, new byte[32]));
        m.add(new DataItem("msg", DataItem.Kind.RODATA, 1, "ok\n".getBytes(StandardCharsets.US_ASCII)));
        m.add(new ProgramGenerator(seed).function());
        m.add(helper());
        return m;
    }

    /** {@code @h(i64) i64 = x * 3 + 1}: a callee, so CALL appears in generated code. */
    private static Function helper() {
        Function h = new Function("h", List.of(Type.I64), Type.I64);
        ProgramGenerator g = new ProgramGenerator(0);
        Block b = h.newBlock();
        Instr x = g.add(h, b, Op.PARAM, Type.I64, 0);
        Instr three = g.add(h, b, Op.ICONST, Type.I64, 3), one = g.add(h, b, Op.ICONST, Type.I64, 1);
        Instr r = g.add(h, b, Op.ADD, Type.I64, 0, g.add(h, b, Op.MUL, Type.I64, 0, x, three), one);
        g.add(h, b, Op.RET, Type.VOID, 0, r);
        return h;
    }

    private Function function() {
        cur = f.newBlock();
        for (int k = 0; k < 4; k++) pool(f.paramTypes().get(k)).add(emit(Op.PARAM, f.paramTypes().get(k), k));
        pool(Type.I32).add(constant(Type.I32));
        pool(Type.I64).add(constant(Type.I64));
        region(0);
        if (rnd.nextInt(4) == 0) unreachableBlock();
        Instr buf = emit(Op.SYMADDR, Type.I64, 0);
        buf.symbol = "buf";
        Instr stored = load(MemKind.I64, buf, 8 * rnd.nextInt(4));
        Instr r = emit(Op.XOR, Type.I64, 0, pick(Type.I64), emit(Op.SEXT, Type.I64, 0, pick(Type.I32)));
        emit(Op.RET, Type.VOID, 0, emit(Op.ADD, Type.I64, 0, r, stored));
        return f;
    }

    /** A sequence of straight-line code, diamonds and loops; {@code depth} bounds nesting. */
    private void region(int depth) {
        int parts = 1 + rnd.nextInt(4);
        for (int p = 0; p < parts && budget > 0; p++) {
            int kind = depth >= 2 ? 0 : rnd.nextInt(5);
            if (kind <= 2) straight(1 + rnd.nextInt(6));
            else if (kind == 3) diamond(depth);
            else loop(depth);
        }
    }

    private void straight(int n) {
        for (int k = 0; k < n; k++) {
            budget--;
            Type t = rnd.nextBoolean() ? Type.I32 : Type.I64;
            int choice = rnd.nextInt(20);
            Instr v;
            if (choice < 9) {
                Op op = BINARY[rnd.nextInt(BINARY.length)];
                v = emit(op, t, 0, pick(t), op == Op.SHL || op == Op.SAR || op == Op.SHR ? pick(Type.I32) : pick(t));
            }
            else if (choice < 11) v = emit(Op.CMP, Type.I32, 0, pick(t), pick(t));
            else if (choice < 13) v = t == Type.I64 ? emit(rnd.nextBoolean() ? Op.SEXT : Op.ZEXT, t, 0, pick(Type.I32))
                                                    : emit(Op.TRUNC, t, 0, pick(Type.I64));
            else if (choice < 14) v = t == Type.I32 ? emit(NARROW[rnd.nextInt(NARROW.length)], t, 0, pick(t)) : emit(Op.NEG, t, 0, pick(t));
            else if (choice < 16) v = constant(t);
            else if (choice < 17) v = repeat(t);
            else if (choice < 18) v = emit(Op.ADD, t, 0, pick(t), constantOf(t, 0));    // x + 0
            else if (choice < 19) { memory(); continue; }
            else v = callOrWrite();
            if (v.op() == Op.CMP) v.cond = Cond.values()[rnd.nextInt(Cond.values().length)];
            pool(v.type()).add(v);
        }
    }

    /** The same pure computation again: GVN's food. */
    private Instr repeat(Type t) {
        for (int tries = 0; tries < 5; tries++) {
            Instr old = pick(t);
            if (old.op().isPure() && old.op() != Op.PARAM && old.op() != Op.PHI && old.op().arity() == 2 && old.op() != Op.CMP) {
                boolean swap = old.op().isCommutative() && rnd.nextBoolean();
                return emit(old.op(), t, 0, old.input(swap ? 1 : 0), old.input(swap ? 0 : 1));
            }
        }
        return constant(t);
    }

    private void memory() {
        Instr buf = emit(Op.SYMADDR, Type.I64, 0);
        buf.symbol = "buf";
        int slot = 8 * rnd.nextInt(4);
        if (rnd.nextBoolean()) { Instr s = emit(Op.STORE, Type.VOID, slot, buf, pick(Type.I64)); s.mem = MemKind.I64; }
        else pool(Type.I32).add(load(rnd.nextBoolean() ? MemKind.S8 : MemKind.I32, buf, slot + rnd.nextInt(4)));
    }

    private Instr callOrWrite() {
        if (rnd.nextInt(3) > 0) {
            Instr c = emit(Op.CALL, Type.I64, 0, pick(Type.I64));
            c.symbol = "h";
            return c;
        }
        Instr msg = emit(Op.SYMADDR, Type.I64, 0);
        msg.symbol = "msg";
        Instr one = constantOf(Type.I64, 1);
        return emit(Op.SYSCALL, Type.I64, 0, one, one, msg, constantOf(Type.I64, 3));
    }

    private Instr load(MemKind k, Instr address, long offset) {
        Instr l = emit(Op.LOAD, k.valueType(), offset, address);
        l.mem = k;
        return l;
    }

    // if (c) { A } else { B }  with phis at the join
    private void diamond(int depth) {
        Instr cond = switch (rnd.nextInt(4)) {
            case 0 -> constantOf(Type.I32, rnd.nextInt(2));
            default -> { Instr c = emit(Op.CMP, Type.I32, 0, pick(Type.I32), pick(Type.I32)); c.cond = Cond.values()[rnd.nextInt(10)]; yield c; }
        };
        boolean same = rnd.nextInt(6) == 0;
        Block then = f.newBlock(), otherwise = same ? null : f.newBlock(), join = f.newBlock();
        branch(cond, then, same ? then : otherwise);
        List<Instr> outA = arm(then, join, depth);
        Block endA = cur;
        if (same) { cur = join; mergeOne(endA, outA); return; }
        List<Instr> outB = arm(otherwise, join, depth);
        Block endB = cur;
        cur = join;
        for (int k = 0; k < 2; k++) {
            Instr phi = new Instr(Op.PHI, outA.get(k).type(), List.of());
            f.number(phi);
            cur.append(phi);
            phi.addIncoming(endA, outA.get(k));
            phi.addIncoming(endB, outB.get(k));
            pool(phi.type()).add(phi);
        }
    }

    private void mergeOne(Block from, List<Instr> out) {
        for (Instr v : out) {
            Instr phi = new Instr(Op.PHI, v.type(), List.of());
            f.number(phi);
            cur.append(phi);
            phi.addIncoming(from, v);
            pool(v.type()).add(phi);
        }
    }

    /** Generates one arm into {@code start}, ending in a jump to {@code join}; returns an i32 and an i64 from it. */
    private List<Instr> arm(Block start, Block join, int depth) {
        int n32 = i32s.size(), n64 = i64s.size();
        cur = start;
        region(depth + 1);
        List<Instr> out = List.of(pick(Type.I32), pick(Type.I64));
        jump(join);
        trim(n32, n64);
        return out;
    }

    // for (i = 0; i < n; i++) acc = acc op ...   (n is small: a constant 0..4 or param & 3)
    private void loop(int depth) {
        Instr n = rnd.nextBoolean() ? constantOf(Type.I32, rnd.nextInt(5))
                                    : emit(Op.AND, Type.I32, 0, pick(Type.I32), constantOf(Type.I32, 3));
        Instr zero = constantOf(Type.I32, 0), init = pick(Type.I64);
        Block pre = cur, header = f.newBlock(), body = f.newBlock(), exit = f.newBlock();
        jump(header);
        cur = header;
        Instr i = phi(Type.I32, pre, zero), acc = phi(Type.I64, pre, init);
        Instr c = emit(Op.CMP, Type.I32, 0, i, n);
        c.cond = Cond.LT;
        branch(c, body, exit);
        int n32 = i32s.size(), n64 = i64s.size();
        i32s.add(i); i64s.add(acc);
        cur = body;
        region(depth + 1);
        Instr next = emit(BINARY[rnd.nextInt(8)], Type.I64, 0, acc, pick(Type.I64));
        Instr inc = emit(Op.ADD, Type.I32, 0, i, constantOf(Type.I32, 1));
        i.addIncoming(cur, inc);
        acc.addIncoming(cur, next);
        jump(header);
        trim(n32, n64);
        i32s.add(i); i64s.add(acc);
        cur = exit;
    }

    private Instr phi(Type t, Block from, Instr v) {
        Instr p = new Instr(Op.PHI, t, List.of());
        f.number(p);
        cur.append(p);
        p.addIncoming(from, v);
        return p;
    }

    /** A block nobody jumps to, for SimplifyCfg to delete. */
    private void unreachableBlock() {
        Block saved = cur;
        cur = f.newBlock();
        Instr k = constant(Type.I64);
        emit(Op.RET, Type.VOID, 0, emit(Op.MUL, Type.I64, 0, k, k));
        cur = saved;
    }

    private void trim(int n32, int n64) {
        i32s.subList(n32, i32s.size()).clear();
        i64s.subList(n64, i64s.size()).clear();
    }

    private void jump(Block target) { emit(Op.BR, Type.VOID, 0).targets.add(target); }

    private void branch(Instr cond, Block a, Block b) {
        Instr br = emit(Op.BRIF, Type.VOID, 0, cond);
        br.targets.add(a);
        br.targets.add(b);
    }

    private List<Instr> pool(Type t) { return t == Type.I32 ? i32s : i64s; }

    private Instr pick(Type t) {
        List<Instr> p = pool(t);
        // favour recent values, so computations chain rather than all reading the params
        int k = rnd.nextInt(3) == 0 ? rnd.nextInt(p.size()) : Math.max(0, p.size() - 1 - rnd.nextInt(Math.min(4, p.size())));
        return p.get(k);
    }

    private Instr constant(Type t) {
        long[] edges = t == Type.I32 ? I32_EDGES : I64_EDGES;
        long v = rnd.nextInt(3) == 0 ? (t == Type.I32 ? rnd.nextInt() : rnd.nextLong()) : edges[rnd.nextInt(edges.length)];
        return constantOf(t, v);
    }

    private Instr constantOf(Type t, long v) { return emit(Op.ICONST, t, v); }

    private Instr emit(Op op, Type t, long imm, Instr... inputs) { return add(f, cur, op, t, imm, inputs); }

    private Instr add(Function fn, Block b, Op op, Type t, long imm, Instr... inputs) {
        Instr i = new Instr(op, t, List.of(inputs));
        i.imm = imm;
        if (t != Type.VOID) fn.number(i);
        b.append(i);
        return i;
    }
}
