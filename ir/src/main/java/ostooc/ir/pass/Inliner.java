package ostooc.ir.pass;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;
import ostooc.ir.analysis.References;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inlines small direct calls: {@code call @g(args)} whose callee is a function of the module with a body
 * of at most {@link #CALLEE_BUDGET} instructions is replaced by a copy of that body. Direct calls are what
 * the front end emits for static, private, final and constructor calls and for virtual calls it could
 * devirtualize; interface and virtual dispatch ({@code calli}) is left alone. The caller's block is split
 * at the call: the part before branches to the copied entry, each copied {@code ret} branches to the part
 * after, and the returned value becomes a phi there when several {@code ret}s return it (SSA is kept).
 * <p>
 * Not inlined: recursion (a function into itself, or into a copy of itself: a recursive callee is
 * inlined once, its own recursive call stays a call), naked and noreturn callees (start-up code, the panic
 * handler, exit: cold, and a panic's source position is an argument of that call, so it is kept as is),
 * callees without a {@code ret}, calls found more than {@link #MAX_DEPTH} inlinings deep (so mutual
 * recursion cannot blow up), and anything once the caller has grown by {@link #GROWTH_FLOOR} instructions
 * or its own size, whichever is more.
 * <p>
 * <p>
 * {@link Rule#NO_GROWTH} (the -O1 variant, pass {@code inline-no-growth}) inlines only what cannot make the
 * program bigger: a callee whose one direct call site is the only reference to it anywhere
 * ({@link References}: not exported, no address taken, no vtable slot), so its out-of-line copy is dropped
 * by the linker, and a trivial callee ({@link #isTrivial}: a getter, an identity, a forwarder passing its
 * parameters on in order), whose copy is no bigger than the call it replaces. Call counts are
 * kept up to date while inlining (a copied call counts, the calls of a callee that died do not), so a
 * trivial callee copied to several places does not make its target look single-use; callees whose one use
 * was inlined are removed from the module (nothing can reach them). No size limits apply:
 * the chain rule (no callee twice in one chain) already bounds the work.
 * <p>
 * Requires: verifier-clean IR. Guarantees: verifier-clean IR with the same behavior; callees stay in the
 * module (the linker drops those nothing calls any more). Why: calls of getters, small helpers and
 * constructors hide constants and redundancies from const-fold and gvn, and cost a call each; the passes
 * after this one clean up the copies (constant arguments fold, single-entry blocks merge).
 */
public final class Inliner implements Pass {
    /** Which calls are inlined. */
    public enum Rule {
        /** -O2: any callee of at most {@link #CALLEE_BUDGET} instructions, within the growth limits. */
        SMALL,
        /** -O1: callees with one call site and nothing else referring to them, and trivial ones ({@link #isTrivial}). */
        NO_GROWTH
    }

    private final Rule rule;

    public Inliner() { this(Rule.SMALL); }

    public Inliner(Rule rule) { this.rule = rule; }

    /** The largest callee inlined, in instructions (params not counted). */
    public static final int CALLEE_BUDGET = 30;
    /** Calls coming from this many nested inlinings are no longer inlined. */
    public static final int MAX_DEPTH = 3;
    /** A caller may grow by this many instructions, or by its own size if that is more. */
    public static final int GROWTH_FLOOR = 400;

    /** A call in the caller, and the callees whose inlining brought it there (outermost first). */
    private record Site(Instr call, List<Function> inlinedFrom) {
        int depth() { return inlinedFrom.size(); }
    }

    @Override public String name() { return rule == Rule.SMALL ? "inline" : "inline-no-growth"; }

    @Override public void run(Function f) {
        throw new UnsupportedOperationException("inline needs the whole module: call run(Module)");
    }

    @Override public void run(Module m) {
        CallCounts counts = rule == Rule.NO_GROWTH ? new CallCounts(m) : null;
        for (Function f : m.functions()) if (!f.naked && (counts == null || !counts.dead(f))) inlineInto(f, m, counts);
        if (counts != null) for (Function f : m.functions()) if (counts.dead(f)) m.remove(f);   // nothing can reach them
    }

    /** Callee sizes while inlining into one caller (only the caller changes meanwhile, and it is never a callee). */
    private final java.util.Map<Function, Integer> calleeSizes = new java.util.IdentityHashMap<>();

    private int calleeSize(Function g) { return calleeSizes.computeIfAbsent(g, Inliner::size); }

    private void inlineInto(Function caller, Module m, CallCounts counts) {
        calleeSizes.clear();
        Deque<Site> work = new ArrayDeque<>();
        for (Block b : caller.blocks()) addCalls(b, List.of(), work);
        int size = size(caller), limit = rule == Rule.SMALL ? size + Math.max(GROWTH_FLOOR, size) : Integer.MAX_VALUE;
        Rewriter rw = new Rewriter();
        while (!work.isEmpty()) {
            Site site = work.poll();
            Function callee = inlinableCallee(site, caller, m, counts);
            if (callee == null || size + calleeSize(callee) > limit) continue;
            size += calleeSize(callee);
            List<Function> chain = new ArrayList<>(site.inlinedFrom());
            chain.add(callee);
            List<Block> copies = inline(caller, site.call(), callee, rw);
            if (counts != null) counts.inlined(callee, copies);
            for (Block copy : copies) addCalls(copy, chain, work);
        }
        rw.apply(caller);
    }

    private static void addCalls(Block b, List<Function> inlinedFrom, Deque<Site> work) {
        for (Instr i : b.instrs()) if (i.op() == Op.CALL) work.add(new Site(i, inlinedFrom));
    }

    /** The function {@code site} calls if it may be inlined there, else null. */
    private Function inlinableCallee(Site site, Function caller, Module m, CallCounts counts) {
        if (rule == Rule.SMALL && site.depth() >= MAX_DEPTH) return null;
        Function g = m.function(site.call().symbol);
        if (g == null || g == caller || site.inlinedFrom().contains(g)) return null;     // recursion
        if (g.naked || g.noreturn || g.blocks().isEmpty() || !returns(g)) return null;
        if (rule == Rule.SMALL) return calleeSize(g) > CALLEE_BUDGET ? null : g;
        return counts.soleUse(g) || isTrivial(g) ? g : null;
    }

    /**
     * One block doing at most one thing, on its parameters only, besides returning: a getter
     * ({@code load %0, 16; ret}), an identity ({@code ret %0}), an operation on parameters, or a forwarder
     * (a direct call passing its own parameters in order). Its copy is no bigger than the call it replaces.
     */
    static boolean isTrivial(Function g) {
        if (g.blocks().size() != 1) return false;
        List<Instr> params = g.params(), body = g.entry().instrs();
        List<Instr> rest = body.subList(params.size(), body.size());
        Instr ret = rest.get(rest.size() - 1);
        if (ret.op() != Op.RET || rest.size() > 2) return false;
        Instr work = rest.size() == 2 ? rest.get(0) : null;
        if (work != null && !onParams(work, params)) return false;
        return ret.inputs().isEmpty() || ret.input(0) == work || params.contains(ret.input(0));
    }

    /** Whether {@code i} uses only parameters, and is a direct call only if it passes them in order. */
    private static boolean onParams(Instr i, List<Instr> params) {
        if (i.op() == Op.CALLI || i.op() == Op.SYSCALL || i.op() == Op.ASM) return false;
        for (int k = 0; k < i.inputs().size(); k++) {
            Instr in = i.input(k);
            if (!params.contains(in) || (i.op() == Op.CALL && in.imm != k)) return false;
        }
        return true;
    }

    /**
     * Direct calls per callee in the functions still alive, updated as inlining copies and kills calls.
     * A callee whose only use was inlined is dead: the calls in its out-of-line body no longer count.
     */
    private static final class CallCounts {
        private final Map<String, Integer> calls = new HashMap<>();   // lookups only
        private final Set<Function> dead = new HashSet<>();
        private final References refs;

        CallCounts(Module m) {
            refs = new References(m);
            for (Function f : m.functions()) count(f.blocks(), +1);
        }

        boolean soleUse(Function g) { return refs.onlyCalledDirectly(g.name()) && calls.getOrDefault(g.name(), 0) == 1; }

        boolean dead(Function f) { return dead.contains(f); }

        void inlined(Function callee, List<Block> copies) {
            calls.merge(callee.name(), -1, Integer::sum);
            count(copies, +1);
            if (calls.get(callee.name()) == 0 && refs.onlyCalledDirectly(callee.name()) && dead.add(callee)) count(callee.blocks(), -1);
        }

        private void count(List<Block> blocks, int delta) {
            for (Block b : blocks) for (Instr i : b.instrs()) if (i.op() == Op.CALL) calls.merge(i.symbol, delta, Integer::sum);
        }
    }

    private static boolean returns(Function g) {
        for (Block b : g.blocks()) if (b.terminator() != null && b.terminator().op() == Op.RET) return true;
        return false;
    }

    /** Instructions in {@code f}, params not counted (they cost nothing once inlined). */
    static int size(Function f) {
        int n = 0;
        for (Block b : f.blocks()) for (Instr i : b.instrs()) if (i.op() != Op.PARAM) n++;
        return n;
    }

    /** Replaces {@code call} (in {@code caller}) by a copy of {@code callee}; returns the copied blocks. */
    private static List<Block> inline(Function caller, Instr call, Function callee, Rewriter rw) {
        Block before = call.block();
        Block after = splitAfter(caller, before, call);
        List<Block> copies = new BodyCloner(callee, caller, call.inputs()).blocks();
        before.instrs().remove(call);
        before.append(branch(copies.get(0)));
        Instr phi = callee.returnType() == Type.VOID ? null : caller.number(new Instr(Op.PHI, callee.returnType(), List.of()));
        for (Block c : copies) {
            Instr ret = c.terminator();
            if (ret == null || ret.op() != Op.RET) continue;
            c.instrs().remove(c.instrs().size() - 1);
            c.append(branch(after));
            if (phi != null) phi.addIncoming(c, ret.input(0));
        }
        if (phi != null) {
            if (phi.inputs().size() == 1) rw.replace(call, phi.input(0));
            else { after.insert(0, phi); rw.replace(call, phi); }
        }
        List<Block> order = caller.blocks();
        order.removeAll(new java.util.HashSet<>(copies));   // a set: List.removeAll(list) is O(blocks × copies)
        order.remove(after);
        int at = order.indexOf(before) + 1;
        order.add(at, after);
        order.addAll(at, copies);          // before, the copies, after: the copy falls through in layout
        return copies;
    }

    /** Moves what follows {@code call} in {@code b} into a new block; phis of the successors follow it. */
    private static Block splitAfter(Function f, Block b, Instr call) {
        Block after = f.newBlock();
        List<Instr> all = b.instrs();
        List<Instr> tail = new ArrayList<>(all.subList(all.indexOf(call) + 1, all.size()));
        all.subList(all.indexOf(call) + 1, all.size()).clear();
        for (Instr i : tail) after.append(i);
        for (Block s : new LinkedHashSet<>(after.successors()))
            for (Instr phi : s.instrs()) {
                if (phi.op() != Op.PHI) break;
                phi.phiBlocks.replaceAll(p -> p == b ? after : p);
            }
        return after;
    }

    private static Instr branch(Block target) {
        Instr br = new Instr(Op.BR, Type.VOID, List.of());
        br.targets.add(target);
        return br;
    }
}
