package ostooc.frontend.lower;

import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.tree.AttributedMethod;
import ostooc.frontend.tree.ClassInit;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.JumpTarget;
import ostooc.frontend.tree.Stmt;
import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.IrBuilder;
import ostooc.ir.MemKind;
import ostooc.ir.Type;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one method body (or {@code <clinit>}) to IR: statements here, expressions in {@link ExprLowerer}.
 * Control flow is built structurally; every edge goes through {@link #jump}/{@link #branch} so the SSA
 * builder knows each block's predecessors, and each block is sealed as soon as they are all known.
 * Code after a terminator (dead code) is skipped, and so is code in a block nothing reaches (the arm of a
 * condition that is constant in the IR: {@code true || z}, {@code z && false}, a local holding a constant):
 * structured lowering enters such a block only through {@link #startIfReachable}, so what only it reads or
 * calls is never lowered — no undefined SSA values, no requested methods.
 */
final class FunctionLowerer {
    final ModuleLowerer ml;
    final Function fn;
    final ClassSym cls;
    final IrBuilder ir;
    final SsaBuilder ssa;
    final ExprLowerer exprs;
    final LineMarks marks = new LineMarks();
    private final Map<JumpTarget, Block> breakTo = new HashMap<>();
    private final Map<JumpTarget, Block> continueTo = new HashMap<>();

    FunctionLowerer(ModuleLowerer ml, Function fn, ClassSym cls) {
        this.ml = ml; this.fn = fn; this.cls = cls;
        this.ir = new IrBuilder(fn);
        this.ssa = new SsaBuilder(fn, ir);
        this.exprs = new ExprLowerer(this);
        Block entry = ir.newBlock();
        ir.setBlock(entry);
        ssa.seal(entry);
    }

    // method: params become PARAM values of the entry block; falling off the end of a void method returns
    void lowerMethod(AttributedMethod m) {
        for (int i = 0; i < m.params().size(); i++) ssa.write(m.params().get(i), ir.block(), ir.param(i, m.params().get(i).type.irType()));
        block(m.body());
        if (!ir.isTerminated()) ir.ret(null);
        SsaCleanup.run(fn);
    }

    // <clinit>: guard check, guard set, the supertypes' <clinit>s, initializers in order, return
    void lowerClassInit(ClassInit init, List<String> supertypesFirst, String guard) {
        Instr addr = ir.symaddr(Type.I64, guard);
        Instr started = ir.load(MemKind.U8, addr, 0);
        Block done = ir.newBlock(), body = ir.newBlock();
        branch(started, done, body);
        ssa.seal(done); ssa.seal(body);
        ir.setBlock(done);
        ir.ret(null);
        ir.setBlock(body);
        ir.store(MemKind.U8, addr, 0, ir.iconst(Type.I32, 1));
        for (String s : supertypesFirst) ir.call(s, Type.VOID, List.of());
        for (Stmt s : init.body()) statement(s);
        if (!ir.isTerminated()) ir.ret(null);
        SsaCleanup.run(fn);
    }

    /** Ends the current block with {@code br to} (no-op in dead code). */
    void jump(Block to) {
        if (ir.isTerminated()) return;
        Block from = ir.block();
        ir.br(to);
        ssa.addEdge(from, to);
    }

    /** Ends the current block with {@code brif cond, t, f} (a constant condition becomes a br). */
    void branch(Instr cond, Block t, Block f) {
        Block from = ir.block();
        ir.brif(cond, t, f);
        for (Block s : from.successors()) ssa.addEdge(from, s);
    }

    /** Starts emitting into {@code b}. */
    void startBlock(Block b) { ir.setBlock(b); }

    /**
     * Starts emitting into the sealed block {@code b} if anything reaches it and returns true; otherwise emits
     * nothing and returns false, leaving the builder in the terminated block it was in, so the statements
     * that follow are skipped as dead code. Callers skip what they would have lowered into {@code b}.
     */
    boolean startIfReachable(Block b) {
        if (ssa.unreachable(b)) return false;
        startBlock(b);
        return true;
    }

    void block(Stmt.Block b) { for (Stmt s : b.stmts()) statement(s); }

    void statement(Stmt s) {
        if (ir.isTerminated()) return;   // dead code, e.g. after `if (true) return;`
        if (!(s instanceof Stmt.Block)) marks.mark(s.pos());   // javac's Gen.genStat (a block's own entry never sticks)
        if (s instanceof Stmt.Block b) block(b);
        else if (s instanceof Stmt.LocalDecl d) localDecl(d);
        else if (s instanceof Stmt.ExprStmt e) exprs.effect(e.expr());
        else if (s instanceof Stmt.If i) ifStmt(i);
        else if (s instanceof Stmt.While w) LoopLowerer.whileLoop(this, w);
        else if (s instanceof Stmt.DoWhile d) LoopLowerer.doWhile(this, d);
        else if (s instanceof Stmt.For f) LoopLowerer.forLoop(this, f);
        else if (s instanceof Stmt.Switch sw) SwitchLowerer.lower(this, sw);
        else if (s instanceof Stmt.Yield y) SwitchLowerer.yield(this, y);
        else if (s instanceof Stmt.Labeled l) labeled(l);
        else if (s instanceof Stmt.Break b) jump(breakTo.get(b.target()));
        else if (s instanceof Stmt.Continue c) jump(continueTo.get(c.target()));
        else if (s instanceof Stmt.Return r) ir.ret(r.value() == null ? null : exprs.value(r.value()));
        else if (s instanceof Stmt.EnumSwitchInit i) for (ClassSym c : ml.attributor.enumSwitchMap(i.topLevel())) exprs.initClassOf(c);
        else throw new IllegalStateException("statement " + s);
    }

    // int x = e;   =>  (value of e becomes x's current definition; no instruction)
    private void localDecl(Stmt.LocalDecl d) {
        if (d.init() != null) ssa.write(d.var(), ir.block(), exprs.value(d.init()));
    }

    // if (c) A else B   =>   brif c, bThen, bElse;  bThen: A; br bJoin;  bElse: B; br bJoin;  bJoin:
    // if (CONSTANT) A else B   =>   A (or B): the other branch is not lowered, so what only it calls is never
    // requested (JLS 14.22's conditional compilation; the runtime's `if (Build.LIBC)`)
    private void ifStmt(Stmt.If s) {
        if (s.cond() instanceof Expr.Const k && k.value() instanceof ConstValue.Int b) {
            Stmt taken = b.value() != 0 ? s.then() : s.otherwise();
            if (taken != null) statement(taken);
            return;
        }
        Block then = ir.newBlock();
        Block otherwise = s.otherwise() == null ? null : ir.newBlock();
        Block join = ir.newBlock();
        exprs.condition(s.cond(), then, otherwise != null ? otherwise : join);
        ssa.seal(then);
        if (otherwise != null) ssa.seal(otherwise);
        if (startIfReachable(then)) {
            statement(s.then());
            jump(join);
        }
        if (otherwise != null && startIfReachable(otherwise)) {
            statement(s.otherwise());
            jump(join);
        }
        ssa.seal(join);
        startIfReachable(join);
    }

    // label: S   =>   S; br bExit; bExit:   (break label jumps to bExit)
    private void labeled(Stmt.Labeled l) {
        Block exit = ir.newBlock();
        breakTo.put(l.target(), exit);
        statement(l.body());
        jump(exit);
        ssa.seal(exit);
        startIfReachable(exit);
    }

    Block breakTarget(JumpTarget t) { return breakTo.get(t); }

    void targets(JumpTarget t, Block breakBlock, Block continueBlock) {
        breakTo.put(t, breakBlock);
        if (continueBlock != null) continueTo.put(t, continueBlock);
    }

    void updates(List<Stmt> update) { for (Stmt s : update) statement(s); }
}
