package ostooc.ir.verify;

import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Operand counts, operand types and result types of each opcode, as documented on {@link Op}. Returns
 * messages without a location; {@link Verifier} adds it. Operands are assumed non-null (checked before).
 */
final class OperandRules {
    private final List<String> errors = new ArrayList<>();
    private final Function fn;
    private final Module module;    // may be null: then calls are not checked against their callee
    private final Instr i;

    private OperandRules(Function fn, Module module, Instr i) { this.fn = fn; this.module = module; this.i = i; }

    static List<String> check(Function fn, Module module, Instr i) {
        OperandRules r = new OperandRules(fn, module, i);
        r.run();
        return r.errors;
    }

    private void run() {
        Op op = i.op();
        if (op.arity() >= 0 && i.inputs().size() != op.arity()) {
            errors.add("expects " + op.arity() + " operand(s), has " + i.inputs().size());
            return;
        }
        if (op.attr() != Op.Attr.TARGETS && !i.targets.isEmpty()) errors.add("only branches have block targets");
        if (op != Op.PHI && !i.phiBlocks.isEmpty()) errors.add("only phis have incoming blocks");
        if (producesNothing(op) && i.type() != Type.VOID) errors.add(op.text() + " produces no value");
        if (!producesNothing(op) && op != Op.CALL && op != Op.CALLI && i.type() == Type.VOID) errors.add(op.text() + " must produce a value");
        switch (op) {
            case ICONST -> { oneOf("result", i.type(), Type.I32, Type.I64, Type.REF);
                if (i.type() == Type.I32 && i.imm != (int) i.imm) errors.add("i32 constant " + i.imm + " out of range"); }
            case SYMADDR -> { oneOf("result", i.type(), Type.I64, Type.REF); needSymbol(); }
            case PARAM -> { if (i.imm >= 0 && i.imm < fn.paramTypes().size()) operandLike("result", i.type(), fn.paramTypes().get((int) i.imm)); }
            case ADD, SUB, MUL, SDIV, SREM, AND, OR, XOR -> { integerResult(); operand(0, i.type()); operand(1, i.type()); }
            case SHL, SAR, SHR -> { integerResult(); operand(0, i.type()); if (type(1) != Type.I32) errors.add("shift count has type " + type(1) + ", expected i32"); }
            case NEG -> { integerResult(); operand(0, i.type()); }
            case CMP -> compare();
            case FCONST -> { floatResult(); if (i.type() == Type.F32 && i.imm != (int) i.imm) errors.add("f32 constant bits " + i.imm + " out of range"); }
            case FADD, FSUB, FMUL, FDIV, FREM -> { floatResult(); operand(0, i.type()); operand(1, i.type()); }
            case FNEG, FSQRT -> { floatResult(); operand(0, i.type()); }
            case FCMP -> floatCompare();
            case SITOFP -> { floatResult(); oneOf("operand", type(0), Type.I32, Type.I64); }
            case FPTOSI -> { integerResult(); oneOf("operand", type(0), Type.F32, Type.F64); }
            case FPEXT -> conversion(Type.F32, Type.F64);
            case FPTRUNC -> conversion(Type.F64, Type.F32);
            case BITCAST -> { if (i.type().bytes() != type(0).bytes() || i.type().isFloat() == type(0).isFloat() || i.type() == Type.REF || type(0) == Type.REF)
                    errors.add("bitcast from " + type(0) + " to " + i.type() + ": only f32 <-> i32 and f64 <-> i64"); }
            case SEXT, ZEXT -> conversion(Type.I32, Type.I64);
            case TRUNC -> conversion(Type.I64, Type.I32);
            case SX8, ZX8, SX16, ZX16 -> conversion(Type.I32, Type.I32);
            case REF2I -> conversion(Type.REF, Type.I64);
            case I2REF -> conversion(Type.I64, Type.REF);
            case LOAD -> { if (needMem()) operandLike("result", i.type(), i.mem.valueType()); address(); }
            case STORE -> { address(); if (needMem() && type(1) != i.mem.valueType())
                    errors.add("stored value has type " + type(1) + ", store." + i.mem.text() + " expects " + i.mem.valueType()); }
            case CALL -> call();
            case CALLI -> { if (i.inputs().isEmpty()) errors.add("calli needs a callee"); else if (type(0) != Type.I64) errors.add("callee has type " + type(0) + ", expected i64"); }
            case SYSCALL -> syscall();
            case ASM -> { if (i.text == null) errors.add("asm needs its text"); }
            case PHI -> { if (i.phiBlocks.size() != i.inputs().size()) errors.add("phi has " + i.inputs().size() + " values but " + i.phiBlocks.size() + " blocks");
                for (int k = 0; k < i.inputs().size(); k++) operand(k, i.type()); }
            case BR -> targets(1);
            case BRIF -> { targets(2); if (type(0) != Type.I32) errors.add("branch condition has type " + type(0) + ", expected i32"); }
            case RET -> ret();
            case UNREACHABLE -> { }
        }
    }

    private static boolean producesNothing(Op op) { return op == Op.STORE || op == Op.ASM || op.isTerminator(); }

    private Type type(int k) { return i.input(k).type(); }

    private void operand(int k, Type expected) {
        if (type(k) != expected) errors.add("operand " + k + " has type " + type(k) + ", expected " + expected);
    }

    private void operandLike(String what, Type actual, Type expected) {
        if (actual != expected) errors.add(what + " has type " + actual + ", expected " + expected);
    }

    private void oneOf(String what, Type actual, Type... allowed) {
        for (Type t : allowed) if (t == actual) return;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < allowed.length; k++) sb.append(k == 0 ? "" : k == allowed.length - 1 ? " or " : ", ").append(allowed[k]);
        errors.add(what + " has type " + actual + ", expected " + sb);
    }

    private void floatResult() { oneOf("result", i.type(), Type.F32, Type.F64); }

    private void floatCompare() {
        if (i.cond == null) errors.add("fcmp needs a condition");
        else if (!ostooc.ir.FloatEval.isFloatCond(i.cond)) errors.add("fcmp takes eq, ne, slt, sle, sgt or sge, not " + i.cond.text());
        operandLike("result", i.type(), Type.I32);
        if (type(0) != type(1)) errors.add("operands have different types " + type(0) + " and " + type(1));
        else oneOf("operand", type(0), Type.F32, Type.F64);
    }

    private void integerResult() { oneOf("result", i.type(), Type.I32, Type.I64); }

    private void needSymbol() { if (i.symbol == null || i.symbol.isEmpty()) errors.add(i.op().text() + " needs a symbol"); }

    private boolean needMem() {
        if (i.mem == null) errors.add(i.op().text() + " needs a memory kind");
        return i.mem != null;
    }

    private void address() { oneOf("address", type(0), Type.I64, Type.REF); }

    private void conversion(Type from, Type to) {
        operand(0, from);
        operandLike("result", i.type(), to);
    }

    private void compare() {
        if (i.cond == null) errors.add("cmp needs a condition");
        operandLike("result", i.type(), Type.I32);
        if (type(0) != type(1)) errors.add("operands have different types " + type(0) + " and " + type(1));
        else oneOf("operand", type(0), Type.I32, Type.I64, Type.REF);
    }

    private void call() {
        needSymbol();
        Function callee = module == null || i.symbol == null ? null : module.function(i.symbol);
        if (callee == null) return;     // defined elsewhere (runtime, linker): nothing to compare against
        List<Type> params = callee.paramTypes();
        if (params.size() != i.inputs().size()) {
            errors.add("@" + callee.name() + " takes " + params.size() + " argument(s), given " + i.inputs().size());
            return;
        }
        for (int k = 0; k < params.size(); k++)
            if (type(k) != params.get(k)) errors.add("argument " + k + " has type " + type(k) + ", @" + callee.name() + " expects " + params.get(k));
        if (i.type() != callee.returnType()) errors.add("result has type " + i.type() + ", @" + callee.name() + " returns " + callee.returnType());
    }

    private void syscall() {
        int n = i.inputs().size();
        if (n < 1 || n > 7) errors.add("syscall takes a number and up to 6 arguments, has " + n + " operand(s)");
        for (int k = 0; k < n; k++) operand(k, Type.I64);
        operandLike("result", i.type(), Type.I64);
    }

    private void targets(int n) {
        if (i.targets.size() != n) errors.add(i.op().text() + " needs " + n + " target(s), has " + i.targets.size());
    }

    private void ret() {
        Type rt = fn.returnType();
        int expected = rt == Type.VOID ? 0 : 1;
        if (i.inputs().size() != expected) errors.add("@" + fn.name() + " returns " + rt + ": ret needs " + expected + " operand(s), has " + i.inputs().size());
        else if (expected == 1) operand(0, rt);
    }
}
