package ostooc.frontend;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.JType;
import ostooc.frontend.tree.BinOp;
import ostooc.frontend.tree.Expr;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Types of expressions, explicit promotions and conversions, constant folding. */
class AttributionTest {
    private static final String VARS = " static byte b; static short s; static char c; static int i; static long l; static String str;";

    private static Expr attr(String type, String expr) { return Attributed.expr(type, expr, VARS); }

    private static long constant(String type, String expr) {
        Expr e = attr(type, expr);
        return ((ConstValue.Int) assertInstanceOf(Expr.Const.class, e).value()).value();
    }

    @Test void binaryPromotionMakesConversionsExplicit() {
        Expr.Binary add = assertInstanceOf(Expr.Binary.class, attr("long", "b + l"));
        assertEquals(JType.Prim.LONG, add.type());
        Expr.Convert widened = assertInstanceOf(Expr.Convert.class, add.left());
        assertEquals(JType.Prim.BYTE, widened.operand().type());
        Expr.Binary shorts = assertInstanceOf(Expr.Binary.class, attr("int", "s * c"));
        assertEquals(JType.Prim.INT, shorts.type());
    }

    @Test void shiftTypeIsThePromotedLeftOperand() {
        Expr.Binary sh = assertInstanceOf(Expr.Binary.class, attr("int", "i << l"));
        assertEquals(JType.Prim.INT, sh.type());
        assertEquals(JType.Prim.INT, sh.right().type());   // long count narrowed: masking keeps its meaning
        assertEquals(BinOp.SHL, sh.op());
    }

    @Test void compoundAssignmentNarrowsImplicitly() {
        Expr.Assign a = assertInstanceOf(Expr.Assign.class, new Attributed("class T {" + VARS + " static byte X = (b += 300); }").field("X"));
        assertEquals(JType.Prim.BYTE, a.type());
        Expr.Convert narrow = assertInstanceOf(Expr.Convert.class, a.value());
        assertEquals(JType.Prim.INT, narrow.operand().type());
    }

    @Test void charArithmeticIsInt() {
        assertEquals(JType.Prim.INT, attr("int", "c + 1").type());
        assertEquals(98, constant("int", "'a' + 1"));
        assertEquals('b', constant("char", "(char) ('a' + 1)"));
    }

    @Test void foldsWithJavaSemantics() {
        assertEquals(Integer.MIN_VALUE, constant("int", "Integer.MIN_VALUE / -1"));
        assertEquals(-1, constant("int", "-7 % 3"));
        assertEquals(1 << 33, constant("int", "1 << 33"));
        assertEquals(1L << 33, constant("long", "1L << 33"));
        assertEquals(-1 >>> 28, constant("int", "-1 >>> 28"));
        assertEquals((byte) 200, constant("int", "(byte) 200"));
        assertEquals((short) 70000, constant("int", "(short) 70000"));
        assertEquals((char) -1, constant("int", "(char) -1"));
        assertEquals((int) 0x1_0000_0001L, constant("int", "(int) 0x1_0000_0001L"));
        assertEquals(0b1010 + 017 + 0xFF, constant("int", "0b1010 + 017 + 0xFF"));
        assertEquals('\u0041', constant("char", "'\\u0041'"));
        assertEquals('\n', constant("char", "'\\n'"));
        assertEquals(1, constant("boolean", "1 < 2 && !false"));
        assertEquals(5, constant("int", "true ? 5 : 6"));
    }

    @Test void divisionByZeroIsNotConstant() {
        assertInstanceOf(Expr.Binary.class, attr("int", "1 / 0"));
    }

    @Test void stringConcatenationRules() {
        assertEquals("3x", ((ConstValue.Str) ((Expr.Const) attr("String", "1 + 2 + \"x\"")).value()).value());
        assertEquals("x12", ((ConstValue.Str) ((Expr.Const) attr("String", "\"x\" + 1 + 2")).value()).value());
        assertEquals("atrue", ((ConstValue.Str) ((Expr.Const) attr("String", "\"a\" + true")).value()).value());
        Expr.Call concat = assertInstanceOf(Expr.Call.class, attr("String", "str + b"));
        assertEquals("concat", concat.method().name);
        Expr.Call valueOf = assertInstanceOf(Expr.Call.class, concat.args().get(1));
        assertEquals("valueOf(I)Ljava/lang/String;", valueOf.method().name + valueOf.method().descriptor());
    }

    @Test void aConcatenationChainIsOneCallOfItsPieces() {
        // str is a piece as it is (concat reads null as "null"); adjacent constants merge
        Expr.Call concat = assertInstanceOf(Expr.Call.class, attr("String", "str + i + \"a\" + 1 + 'c' + str"));
        assertEquals(4, concat.args().size());
        assertInstanceOf(Expr.StaticField.class, concat.args().get(0));
        assertEquals("valueOf", ((Expr.Call) concat.args().get(1)).method().name);
        assertEquals("a1c", ((ConstValue.Str) ((Expr.Const) concat.args().get(2)).value()).value());
        assertInstanceOf(Expr.StaticField.class, concat.args().get(3));
    }

    @Test void aLongChainNestsWithAFullConcatAsItsFirstPiece() {
        Expr.Call outer = assertInstanceOf(Expr.Call.class, attr("String", "str + i + str + i + str + i"));
        assertEquals(3, outer.args().size());
        Expr.Call inner = assertInstanceOf(Expr.Call.class, outer.args().get(0));
        assertEquals("concat", inner.method().name);
        assertEquals(4, inner.args().size());
    }

    @Test void constantNarrowingInAssignment() {
        assertEquals(JType.Prim.BYTE, attr("byte", "100").type());
        assertEquals(JType.Prim.CHAR, attr("char", "65").type());
    }

    @Test void constantVariablesAreInlined() {
        Attributed a = new Attributed("class T { static final int K = 6 * 7; static int X = K + 1; }");
        assertEquals(43L, ((ConstValue.Int) ((Expr.Const) a.field("X")).value()).value());
    }
}
