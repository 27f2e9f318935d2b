package ostooc.backend.x86.asm;

import static ostooc.backend.x86.asm.AsmText.imm;
import static ostooc.backend.x86.asm.AsmText.isImm;
import static ostooc.backend.x86.asm.AsmText.isMem;
import static ostooc.backend.x86.asm.AsmText.isReg;
import static ostooc.backend.x86.asm.AsmText.mem;
import static ostooc.backend.x86.asm.AsmText.ptrWidth;
import static ostooc.backend.x86.asm.AsmText.rawImm;
import static ostooc.backend.x86.asm.AsmText.reg;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ostooc.backend.x86.asm.AsmOperand.RegOp;

/**
 * The mnemonic table of {@link AsmText}: text mnemonic -> the Assembler method for each operand shape.
 * Condition-code families (jcc, setcc, cmovcc) are matched by prefix with objdump's suffixes and the
 * usual aliases (z, nz, c, ...).
 */
final class Mnemonics {
    private Mnemonics() {
    }

    private interface Handler {
        void emit(AsmText t, Assembler a, List<AsmOperand> ops);
    }

    private static final Map<String, Handler> TABLE = new HashMap<>(); // lookup only
    private static final Map<String, Cond> CONDS = new HashMap<>();

    static {
        for (AluOp op : AluOp.values()) {
            TABLE.put(op.name().toLowerCase(Locale.ROOT), (t, a, o) -> alu(a, op, o));
        }
        for (ShiftOp op : ShiftOp.values()) {
            if (op != ShiftOp.SAL_UNUSED) {
                TABLE.put(op.name().toLowerCase(Locale.ROOT), (t, a, o) -> shift(a, op, o));
            }
        }
        TABLE.put("sal", (t, a, o) -> shift(a, ShiftOp.SHL, o));
        TABLE.put("mov", Mnemonics::mov);
        TABLE.put("movabs", (t, a, o) -> a.movImm(reg(o.get(0)).reg(), rawImm(o.get(1))));
        TABLE.put("movzx", (t, a, o) -> extend(a, o, false));
        TABLE.put("movsx", (t, a, o) -> extend(a, o, true));
        TABLE.put("movsxd", (t, a, o) -> extend(a, o, true));
        TABLE.put("lea", (t, a, o) -> a.lea(reg(o.get(0)).width(), reg(o.get(0)).reg(), mem(o.get(1))));
        TABLE.put("test", (t, a, o) -> {
            RegOp r = reg(o.get(0));
            if (isImm(o.get(1))) {
                a.test(r.width(), r.reg(), imm(o.get(1), r.width()));
            } else {
                a.test(r.width(), r.reg(), reg(o.get(1)).reg());
            }
        });
        TABLE.put("imul", (t, a, o) -> {
            RegOp d = reg(o.get(0));
            if (o.size() == 3) {
                a.imul(d.width(), d.reg(), reg(o.get(1)).reg(), imm(o.get(2), d.width()));
            } else if (o.size() == 2) {
                a.imul(d.width(), d.reg(), reg(o.get(1)).reg());
            } else {
                a.imul(d.width(), d.reg());                 // rdx:rax = rax * d
            }
        });
        TABLE.put("idiv", (t, a, o) -> a.idiv(reg(o.get(0)).width(), reg(o.get(0)).reg()));
        TABLE.put("mul", (t, a, o) -> a.mul(reg(o.get(0)).width(), reg(o.get(0)).reg()));
        TABLE.put("div", (t, a, o) -> a.div(reg(o.get(0)).width(), reg(o.get(0)).reg()));
        TABLE.put("neg", (t, a, o) -> a.neg(reg(o.get(0)).width(), reg(o.get(0)).reg()));
        TABLE.put("not", (t, a, o) -> a.not(reg(o.get(0)).width(), reg(o.get(0)).reg()));
        TABLE.put("cdq", (t, a, o) -> a.cdq());
        TABLE.put("cqo", (t, a, o) -> a.cqo());
        TABLE.put("push", (t, a, o) -> a.push(reg64(o.get(0))));
        TABLE.put("pop", (t, a, o) -> a.pop(reg64(o.get(0))));
        TABLE.put("ret", (t, a, o) -> a.ret());
        TABLE.put("syscall", (t, a, o) -> a.syscall());
        TABLE.put("ud2", (t, a, o) -> a.ud2());
        TABLE.put("int3", (t, a, o) -> a.int3());
        TABLE.put("fninit", (t, a, o) -> a.fninit());
        TABLE.put("call", (t, a, o) -> {
            if (isReg(o.get(0))) {
                a.call(reg64(o.get(0)));
            } else {
                a.call(((AsmOperand.SymOp) o.get(0)).name());
            }
        });
        TABLE.put("jmp", (t, a, o) -> {
            Label l = t.localLabel(o.get(0));
            if (l != null) {
                a.jmp(l);
            } else if (isReg(o.get(0))) {
                a.jmp(reg64(o.get(0)));
            } else {
                a.jmp(((AsmOperand.SymOp) o.get(0)).name());
            }
        });
        for (Cond c : Cond.values()) {
            CONDS.put(c.name().toLowerCase(Locale.ROOT), c);
        }
        String[][] aliases = {{"z", "e"}, {"nz", "ne"}, {"c", "b"}, {"nc", "ae"}, {"nae", "b"}, {"nb", "ae"},
            {"na", "be"}, {"nbe", "a"}, {"nge", "l"}, {"nl", "ge"}, {"ng", "le"}, {"nle", "g"}, {"pe", "p"}, {"po", "np"}};
        for (String[] al : aliases) {
            CONDS.put(al[0], CONDS.get(al[1]));
        }
    }

    static void emit(AsmText t, String mnemonic, List<AsmOperand> ops) {
        Handler h = TABLE.get(mnemonic);
        if (h == null) {
            h = conditional(mnemonic);
        }
        if (h == null) {
            throw new AsmException("unknown mnemonic " + mnemonic);
        }
        try {
            h.emit(t, t.asm(), ops);
        } catch (IndexOutOfBoundsException | ClassCastException e) {
            throw new AsmException("bad operands for " + mnemonic);
        }
    }

    private static Handler conditional(String m) {
        for (String prefix : new String[] {"cmov", "set", "j"}) {
            Cond c = m.startsWith(prefix) ? CONDS.get(m.substring(prefix.length())) : null;
            if (c == null) {
                continue;
            }
            return switch (prefix) {
                case "cmov" -> (t, a, o) -> a.cmov(c, reg(o.get(0)).width(), reg(o.get(0)).reg(), reg(o.get(1)).reg());
                case "set" -> (t, a, o) -> a.setcc(c, byteReg(o.get(0)));
                default -> (t, a, o) -> {
                    Label l = t.localLabel(o.get(0));
                    if (l == null) {
                        throw new AsmException("conditional jump needs a local label");
                    }
                    a.jcc(c, l);
                };
            };
        }
        return null;
    }

    private static void alu(Assembler a, AluOp op, List<AsmOperand> o) {
        AsmOperand d = o.get(0), s = o.get(1);
        if (isReg(d) && isReg(s)) {
            a.alu(op, reg(d).width(), reg(d).reg(), reg(s).reg());
        } else if (isReg(d) && isImm(s)) {
            a.alu(op, reg(d).width(), reg(d).reg(), imm(s, reg(d).width()));
        } else if (isReg(d) && isMem(s)) {
            a.alu(op, reg(d).width(), reg(d).reg(), mem(s));
        } else if (isMem(d) && isReg(s)) {
            a.alu(op, reg(s).width(), mem(d), reg(s).reg());
        } else {
            a.alu(op, ptrWidth(d), mem(d), imm(s, ptrWidth(d)));
        }
    }

    private static void mov(AsmText t, Assembler a, List<AsmOperand> o) {
        AsmOperand d = o.get(0), s = o.get(1);
        if (isReg(d) && isReg(s)) {
            a.mov(reg(d).width(), reg(d).reg(), reg(s).reg());
        } else if (isReg(d) && isImm(s)) {
            Width w = reg(d).width();
            a.mov(w, reg(d).reg(), w == Width.B64 ? rawImm(s) : imm(s, w));
        } else if (isReg(d) && isMem(s)) {
            a.mov(reg(d).width(), reg(d).reg(), mem(s));
        } else if (isMem(d) && isReg(s)) {
            a.mov(reg(s).width(), mem(d), reg(s).reg());
        } else {
            a.mov(ptrWidth(d), mem(d), imm(s, ptrWidth(d)));
        }
    }

    private static void shift(Assembler a, ShiftOp op, List<AsmOperand> o) {
        RegOp d = reg(o.get(0));
        if (isReg(o.get(1))) {
            if (reg(o.get(1)).reg() != Reg.RCX || reg(o.get(1)).width() != Width.B8) {
                throw new AsmException("shift count register must be cl");
            }
            a.shift(op, d.width(), d.reg());
        } else {
            a.shift(op, d.width(), d.reg(), imm(o.get(1), Width.B8));
        }
    }

    private static void extend(Assembler a, List<AsmOperand> o, boolean signed) {
        RegOp d = reg(o.get(0));
        AsmOperand s = o.get(1);
        if (isReg(s)) {
            if (signed) {
                a.movsx(d.width(), d.reg(), reg(s).width(), reg(s).reg());
            } else {
                a.movzx(d.width(), d.reg(), reg(s).width(), reg(s).reg());
            }
        } else if (signed) {
            a.movsx(d.width(), d.reg(), ptrWidth(s), mem(s));
        } else {
            a.movzx(d.width(), d.reg(), ptrWidth(s), mem(s));
        }
    }

    private static Reg reg64(AsmOperand op) {
        RegOp r = reg(op);
        if (r.width() != Width.B64) {
            throw new AsmException("expected a 64-bit register");
        }
        return r.reg();
    }

    private static Reg byteReg(AsmOperand op) {
        RegOp r = reg(op);
        if (r.width() != Width.B8) {
            throw new AsmException("expected an 8-bit register");
        }
        return r.reg();
    }
}
