package ostooc.frontend.lower;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.tree.AttributedMethod;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.Stmt;
import ostooc.ir.Function;
import ostooc.ir.IrBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code @Naked} methods: each {@code Asm.*(constants)} statement becomes one {@code asm} instruction with
 * its Intel-syntax text, then {@code unreachable}:
 * <pre>
 *   Asm.movLoad(Reg.RDI, Reg.RSP, 0)  =>  asm "mov rdi, [rsp]"
 *   Asm.call("_start_java")          =>  asm "call \"_start_java\""   (and _start_java is lowered too)
 * </pre>
 */
final class NakedLowerer {
    private NakedLowerer() { }

    static void lower(ModuleLowerer ml, Function fn, AttributedMethod m) {
        IrBuilder ir = new IrBuilder(fn);
        ir.setBlock(ir.newBlock());
        for (Stmt s : m.body().stmts()) {
            String text = s instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Call c ? instruction(ml, c) : null;
            if (text == null) { ml.error(s.pos(), "a @Naked method may only contain Asm calls with constant arguments"); continue; }
            ir.asm(text);
        }
        ir.unreachable();
    }

    /**
     * The thunk through which Java calls a variadic C function: the SysV ABI wants {@code al} = the number
     * of vector registers holding arguments (the callee's prologue saves that many for va_arg).
     * <pre>
     *   &#64;CFunction(value = "snprintf", variadic = true) static native int fmt(long b, long n, long f, double x)
     *   =>  func @"M.fmt(JJJD)I"(i64, i64, i64, f64) i32 naked { asm "mov eax, 1"; asm "jmp \"snprintf\""; unreachable }
     * </pre>
     * A jmp, not a call: the stack and every argument register are the caller's, as if it called snprintf.
     */
    static void variadicThunk(ModuleLowerer ml, MethodSym m) {
        Function fn = new Function(m.symbol(), m.params.stream().map(JType::irType).toList(), m.result.irType());
        fn.naked = true;
        ml.module.add(fn);
        long vectors = Math.min(8, m.params.stream().filter(t -> t == JType.Prim.DOUBLE || t == JType.Prim.FLOAT).count());
        IrBuilder ir = new IrBuilder(fn);
        ir.setBlock(ir.newBlock());
        ir.asm("mov eax, " + vectors);
        ir.asm("jmp \"" + m.annotations.cFunction() + "\"");
        ir.unreachable();
    }

    private static String instruction(ModuleLowerer ml, Expr.Call c) {
        if (!c.method().owner.binaryName.equals("ostoo.rt.asm.Asm")) return null;
        List<Object> a = new ArrayList<>();
        for (Expr arg : c.args()) {
            if (!(arg instanceof Expr.Const k) || k.value() == null) return null;
            if (k.value() instanceof ConstValue.Int i) a.add(i.value());
            else if (k.value() instanceof ConstValue.Str str) a.add(str.value());
            else a.add(((ConstValue.EnumConst) k.value()).name().toLowerCase(Locale.ROOT));
        }
        return switch (c.method().name) {
            case "mov" -> "mov " + a.get(0) + ", " + a.get(1);
            case "movLoad" -> "mov " + a.get(0) + ", " + mem(a.get(1), (long) a.get(2));
            case "movStore" -> "mov " + mem(a.get(0), (long) a.get(1)) + ", " + a.get(2);
            case "movImm" -> "mov " + a.get(0) + ", " + a.get(1);
            case "lea" -> "lea " + a.get(0) + ", " + mem(a.get(1), (long) a.get(2));
            case "leaSymbol" -> "lea " + a.get(0) + ", [rip+" + symbol(ml, (String) a.get(1)) + "]";
            case "andImm" -> "and " + a.get(0) + ", " + a.get(1);
            case "xor32" -> "xor " + reg32((String) a.get(0)) + ", " + reg32((String) a.get(1));
            case "call" -> "call " + symbol(ml, (String) a.get(0));
            case "jmp" -> "jmp " + symbol(ml, (String) a.get(0));
            case "push", "pop" -> c.method().name + " " + a.get(0);
            case "syscall", "ret", "ud2", "fninit" -> c.method().name;
            default -> null;
        };
    }

    /** {@code [rsp]}, {@code [rsp+8]}, {@code [rsp-8]}. */
    private static String mem(Object base, long disp) {
        return "[" + base + (disp == 0 ? "" : disp > 0 ? "+" + disp : String.valueOf(disp)) + "]";
    }

    /** A quoted symbol; an exported Java method of that name becomes reachable. */
    private static String symbol(ModuleLowerer ml, String sym) {
        ml.export(sym);
        return "\"" + sym + "\"";
    }

    /** The 32-bit name of a 64-bit register: rax → eax, r8 → r8d. */
    private static String reg32(String r) {
        return r.matches("r\\d+") ? r + "d" : "e" + r.substring(1);
    }
}
