package ostooc.ir.verify;

import ostooc.ir.Block;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.IrBuilder;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;
import ostooc.ir.text.IrParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Broken IR that the text form cannot express (the parser rejects it); the rest is in filetests. */
class VerifierTest {
    private static Function parse(String text) { return IrParser.parse(text).functions().get(0); }

    /** Every value type has a zero the verifier accepts (an iconst of a float type is invalid: issue 10). */
    @Test void zeroOfEveryValueType() {
        for (Type t : Type.values()) {
            if (t == Type.VOID) continue;
            Function f = new Function("f", List.of(), t);
            IrBuilder b = new IrBuilder(f);
            b.setBlock(f.newBlock());
            Instr zero = b.zero(t);
            b.ret(zero);
            assertEquals(List.of(), Verifier.verify(f), t.toString());
            assertEquals(t, zero.type());
            assertEquals(0, zero.imm, t.toString());   // +0.0's bit pattern for f32 and f64
            assertEquals(t.isFloat() ? Op.FCONST : Op.ICONST, zero.op(), t.toString());
        }
    }

    @Test void functionWithoutBlocks() {
        assertEquals(List.of("@f: has no blocks"), Verifier.verify(new Function("f", List.of(), Type.VOID)));
    }

    @Test void duplicateValueIds() {
        Function f = parse("func @f() i32 {\nb0:\n  %0:i32 = iconst 1\n  %1:i32 = iconst 2\n  ret %1\n}\n");
        f.number(f.entry().instrs().get(1), 0);
        assertEquals(List.of("@f b0 %0 iconst: value id %0 defined twice"), Verifier.verify(f));
    }

    @Test void targetInAnotherFunction() {
        Function g = parse("func @g() void {\nb0:\n  ret\n}\n");
        Function f = new Function("f", List.of(), Type.VOID);
        IrBuilder b = new IrBuilder(f);
        b.setBlock(f.newBlock());
        b.br(g.entry());
        assertEquals(List.of("@f b0 #0 br: target b0 is not a block of @f"), Verifier.verify(f));
    }

    @Test void operandFromAnotherFunction() {
        Function g = parse("func @g() i32 {\nb0:\n  %0:i32 = iconst 1\n  ret %0\n}\n");
        Function f = new Function("f", List.of(), Type.I32);
        IrBuilder b = new IrBuilder(f);
        b.setBlock(f.newBlock());
        b.ret(g.entry().instrs().get(0));
        assertEquals(List.of("@f b0 #0 ret: operand 0 is not a value of @f"), Verifier.verify(f));
    }

    @Test void instructionListedInTheWrongBlock() {
        Function f = parse("func @f() void {\nb0:\n  br b1\nb1:\n  %0:i32 = iconst 1\n  ret\n}\n");
        Block b0 = f.entry(), b1 = f.blocks().get(1);
        Instr c = b1.instrs().remove(0);
        b0.insert(0, c);          // block() is now b0 ...
        b0.instrs().remove(0);
        b1.instrs().add(0, c);    // ... but it sits in b1
        assertEquals(List.of("@f b1 %0 iconst: block() says b0, but it is in b1"), Verifier.verify(f));
    }

    @Test void voidValueAsOperand() {
        Function f = new Function("f", List.of(Type.I64), Type.VOID);
        IrBuilder b = new IrBuilder(f);
        b.setBlock(f.newBlock());
        Instr p = b.param(0, Type.I64);
        Instr store = b.store(ostooc.ir.MemKind.I64, p, 0, p);
        Instr bad = new Instr(Op.NEG, Type.I64, List.of(store));      // IrBuilder numbered the store %1 (void values get ids too)
        f.number(bad);
        b.block().append(bad);
        b.ret(null);
        assertEquals(List.of("@f b0 %2 neg: operand 0 has no value"), Verifier.verify(f));
    }

    @Test void builderOutputVerifies() {
        Function f = new Function("f", List.of(Type.I32), Type.I32);
        IrBuilder b = new IrBuilder(f);
        b.setBlock(f.newBlock());
        Instr x = b.param(0, Type.I32);
        Instr y = b.binary(Op.ADD, Type.I32, x, b.iconst(Type.I32, 0));
        b.ret(b.binary(Op.SHL, Type.I32, y, b.iconst(Type.I32, 3)));
        assertEquals(List.of(), Verifier.verify(f));
        Module m = new Module();
        m.add(f);
        assertEquals(List.of(), Verifier.verify(m));
    }
}
