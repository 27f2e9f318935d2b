package ostooc.frontend.lower;

import ostooc.frontend.tree.Stmt;
import ostooc.ir.Block;

/**
 * Loops. The header is sealed only after the body, once the back edges and continues are known. A body the
 * condition never enters ({@code while (z && false)}) is not lowered, nor is the code after a loop nothing
 * leaves ({@code while (true || z)} without a break): see {@link FunctionLowerer#startIfReachable}.
 */
final class LoopLowerer {
    private LoopLowerer() { }

    // while (c) S   =>   br bHead;  bHead: brif c, bBody, bExit;  bBody: S; br bHead;  bExit:
    static void whileLoop(FunctionLowerer f, Stmt.While w) {
        Block head = f.ir.newBlock(), body = f.ir.newBlock(), exit = f.ir.newBlock();
        f.jump(head);
        f.startBlock(head);
        f.marks.mark(w.condMark());
        f.exprs.condition(w.cond(), body, exit);
        f.ssa.seal(body);
        f.targets(w.target(), exit, head);
        if (f.startIfReachable(body)) {
            f.statement(w.body());
            f.jump(head);
        }
        f.ssa.seal(head);
        f.ssa.seal(exit);
        f.startIfReachable(exit);
    }

    // do S while (c)   =>   br bBody;  bBody: S; br bCond;  bCond: brif c, bBody, bExit;  bExit:
    static void doWhile(FunctionLowerer f, Stmt.DoWhile d) {
        Block body = f.ir.newBlock(), cond = f.ir.newBlock(), exit = f.ir.newBlock();
        f.jump(body);
        f.targets(d.target(), exit, cond);
        f.startBlock(body);
        f.statement(d.body());
        f.jump(cond);
        f.ssa.seal(cond);
        if (f.startIfReachable(cond)) {   // not when the body always leaves
            f.marks.mark(d.condMark());
            f.exprs.condition(d.cond(), body, exit);
        }
        f.ssa.seal(body);
        f.ssa.seal(exit);
        f.startIfReachable(exit);
    }

    // for (I; c; U) S   =>   I; br bHead;  bHead: brif c, bBody, bExit;  bBody: S; br bStep;  bStep: U; br bHead;  bExit:
    static void forLoop(FunctionLowerer f, Stmt.For s) {
        for (Stmt i : s.init()) f.statement(i);
        Block head = f.ir.newBlock(), body = f.ir.newBlock(), step = f.ir.newBlock(), exit = f.ir.newBlock();
        f.jump(head);
        f.startBlock(head);
        if (s.cond() == null) f.jump(body);
        else {
            f.marks.mark(s.condMark());
            f.exprs.condition(s.cond(), body, exit);
        }
        f.ssa.seal(body);
        f.targets(s.target(), exit, step);
        if (f.startIfReachable(body)) {
            f.statement(s.body());
            f.jump(step);
        }
        f.ssa.seal(step);
        if (f.startIfReachable(step)) {
            f.updates(s.update());
            f.jump(head);
        }
        f.ssa.seal(head);
        f.ssa.seal(exit);
        f.startIfReachable(exit);
    }
}
