package ostooc.tests.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A whole random program (in the spirit of Csmith and ART's JFuzz), drawn from one seed: an interface
 * {@code NI} (abstract and default methods), an abstract class {@code NA implements NI} with subclasses
 * {@code NB} and {@code NC extends NB}, an unrelated {@code ND implements NI}, an enum {@code NE} with a
 * field, and the main class {@code N} with static and instance fields of every type (arrays of every
 * primitive type, of String and of objects, one and two dimensions), static and instance methods with
 * parameters and results of every type, and virtual methods declared in NA and overridden at random.
 * Bodies are random statements (locals, assignments, compound assignments with implicit narrowing,
 * {@code ++}/{@code --}, if, bounded for/while/do loops with break/continue and labels, enhanced for,
 * switches on int, char, String and enums in both forms, switch expressions, instanceof and casts, string
 * building) over random expressions (every operator, casts between every primitive pair, division and
 * remainder by constants, by guarded values and MIN / -1, shifts, conditionals, calls with random arguments,
 * String/StringBuilder/Math/Integer/Long/Double/Float methods).
 *
 * <p>Why every program terminates: a callable (method or virtual family) only calls callables later in a
 * random order, or itself with a depth parameter that decreases and is tested first; loops count a private
 * counter to a bound of at most 6; and every body starts by spending one unit of {@code N.fuel}, returning
 * a default value when it is gone (so a call tree cannot grow exponentially either).
 *
 * <p>Why it never fails by accident: references are never null (every array of objects is filled, every
 * object field set by its constructor), indexes are reduced modulo the length (arrays are never empty),
 * integer divisors are non-zero constants, {@code (x | 1)} or {@code nz(x)}, and casts are guarded by
 * instanceof. A program with hazards on ({@link #hazards}, about one in ten) also has a few unguarded
 * divisions, out-of-bounds indexes and casts, so it may end in an exception on purpose: natively a panic
 * with the JVM's message and line.
 *
 * <p>Output: {@code mix*} fold values into the checksum {@code N.chk}; {@code N.mixState()} folds every
 * static field in; main prints a labelled checksum after each of its steps (and bodies sometimes print a
 * value directly), so a difference is localized to a step. Each statement is one line and each block
 * closes on its own line, which is what {@link LineReducer} relies on.
 */
final class ProgramGen {
    final String n;
    final long seed;
    final boolean hazards;
    /** The constructs this program contains (feature keys; {@link ProgramGenSelfTest} checks they all occur). */
    final Set<String> features = new LinkedHashSet<>();
    /**
     * Whether boolean literals, constant conditions and constant switch selectors may appear (in about a
     * third of the programs); on unless {@code -Dfuzz.constantConditions=false}.
     */
    static final boolean CONSTANT_CONDITIONS = !"false".equals(System.getProperty("fuzz.constantConditions"));
    /** This program's draw of the above. */
    final boolean constantConditions;

    private final Random r;
    private StringBuilder out = new StringBuilder();
    /** N's static field declarations, made first so that every body can use the fields. */
    private String staticDecls;
    private int indent;
    private int fresh;

    /** A variable or field readable as {@code text}. */
    record Var(String text, Ty type, boolean assignable) { }

    /** A method of N, or a virtual family of NA (declared in NA, maybe overridden in NB and NC). */
    static final class Callable {
        final String name;
        final Ty result;
        final List<Ty> params = new ArrayList<>();
        final boolean isStatic, virtual, recursive;
        int order;

        Callable(String name, Ty result, boolean isStatic, boolean virtual, boolean recursive) {
            this.name = name; this.result = result; this.isStatic = isStatic; this.virtual = virtual; this.recursive = recursive;
        }
    }

    /** Where a body is: its class, whether static, the callable it belongs to (calls go to later ones), loops around. */
    private static final class Ctx {
        final String cls;
        final boolean isStatic;
        final Callable self;
        final List<Var> vars = new ArrayList<>();
        final List<String> loopLabels = new ArrayList<>();
        int loops;
        /** Directly in a loop body: only there may a jump be unconditional (elsewhere it could make the next statement unreachable). */
        boolean loopTop;

        Ctx(String cls, boolean isStatic, Callable self) { this.cls = cls; this.isStatic = isStatic; this.self = self; }
    }

    private final List<Callable> callables = new ArrayList<>();
    private final List<Var> statics = new ArrayList<>();
    private final List<Var> mainInstanceFields = new ArrayList<>();
    /** Fields per class: A's, then B's, C's, D's (each class sees its own and its ancestors'). */
    private final List<Var> fieldsA = new ArrayList<>(), fieldsB = new ArrayList<>(), fieldsC = new ArrayList<>(), fieldsD = new ArrayList<>();
    private final List<String> strings = List.of("", "a", "ab", "abc", "B", "h\\u00e9llo", "x\\u4e2dy", "10", "-7", " pad ", "a,b", "AbC");

    ProgramGen(String className, long seed) {
        this.n = className;
        this.seed = seed;
        this.r = new Random(seed);
        this.hazards = r.nextInt(10) == 0;
        this.constantConditions = r.nextInt(3) == 0 && CONSTANT_CONDITIONS;
    }

    /** The source of the program's classes; {@code publicMain}: whether N is public (alone in N.java). */
    String render(boolean publicMain) {
        out.setLength(0);
        fields();
        declareCallables();
        StringBuilder main = out;
        out = new StringBuilder();
        indent = 1;
        for (Ty t : Ty.SCALARS) staticField(t);
        for (int i = 0; i < 2 + r.nextInt(5); i++) staticField(Ty.array(Ty.PRIMS[r.nextInt(8)]));
        staticField(Ty.array(Ty.STRING));
        staticField(Ty.array(Ty.OBJ));
        if (r.nextBoolean()) staticField(Ty.array(Ty.array(Ty.PRIMS[r.nextInt(8)])));
        if (r.nextInt(3) == 0) staticField(Ty.array(Ty.array(Ty.OBJ)));
        if (r.nextInt(3) == 0) staticField(Ty.array(Ty.IFACE));
        staticDecls = out.toString();
        out = main;
        indent = 0;
        iface();
        classA();
        classB();
        classC();
        classD();
        enumE();
        mainClass(publicMain);
        return out.toString();
    }

    // ---------------------------------------------------------------- declarations

    private void declareCallables() {
        int methods = 2 + r.nextInt(4);
        for (int i = 0; i < methods; i++) {
            boolean isStatic = r.nextInt(4) != 0;
            boolean recursive = r.nextInt(4) == 0;
            Ty result = r.nextInt(6) == 0 ? null : anyType(true);
            Callable c = new Callable("m" + i, result, isStatic, false, recursive);
            if (recursive) c.params.add(Ty.INT);
            for (int p = r.nextInt(4); p > 0; p--) c.params.add(anyType(true));
            callables.add(c);
            feature(isStatic ? "static method" : "instance method");
            if (recursive) feature("recursion");
            feature("result " + (result == null ? "void" : result.tag()));
            for (Ty p : c.params) feature("parameter " + p.tag());
        }
        int virtuals = 1 + r.nextInt(2);
        for (int i = 0; i < virtuals; i++) {
            Callable c = new Callable("v" + i, r.nextInt(5) == 0 ? null : anyType(true), false, true, false);
            for (int p = r.nextInt(3); p > 0; p--) c.params.add(anyType(true));
            callables.add(c);
        }
        List<Callable> shuffled = new ArrayList<>(callables);
        java.util.Collections.shuffle(shuffled, r);
        for (int i = 0; i < shuffled.size(); i++) shuffled.get(i).order = i;
    }

    /** A random type: mostly scalars, sometimes arrays of one or two dimensions. */
    private Ty anyType(boolean arrays) {
        int k = r.nextInt(arrays ? 16 : 12);
        if (k < 12) return Ty.SCALARS[k];
        Ty elem = r.nextInt(5) == 0 ? (r.nextBoolean() ? Ty.STRING : Ty.OBJ) : Ty.PRIMS[r.nextInt(8)];
        if (r.nextInt(3) == 0 && elem != Ty.STRING) return Ty.array(Ty.array(elem));
        return Ty.array(elem);
    }

    private void iface() {
        line("interface " + n + "I {");
        line("    int h();");
        line("    int im(int x);");
        line("    default long idf(long x) { return x * 3 + im((int) x); }");
        line("}");
        feature("interface"); feature("default method");
    }

    private void fields() {
        fieldsA.add(new Var("fa", Ty.INT, true));
        fieldsA.add(new Var("fl", Ty.LONG, true));
        fieldsA.add(new Var("fd", Ty.DOUBLE, true));
        fieldsA.add(new Var("fs", Ty.STRING, true));
        fieldsA.add(new Var("fc", Ty.CHAR, true));
        fieldsB.addAll(fieldsA);
        fieldsB.add(new Var("fb", Ty.SHORT, true));
        fieldsB.add(new Var("ff", Ty.FLOAT, true));
        fieldsC.addAll(fieldsB);
        fieldsC.add(new Var("fy", Ty.BYTE, true));
        fieldsC.add(new Var("fz", Ty.BOOLEAN, true));
        fieldsD.add(new Var("dk", Ty.INT, true));
        fieldsD.add(new Var("dl", Ty.LONG, true));
    }

    private void classA() {
        line("abstract class " + n + "A implements " + n + "I {");
        line("    int fa; long fl; double fd; String fs; char fc;");
        line("    " + n + "A(int a, long b) { fa = a; fl = b; fd = a * 0.5 + b; fs = \"s\" + a; fc = (char) ('a' + (a & 15)); }");
        line("    public int h() { return fa * 31 + (int) (fl ^ (fl >>> 32)) + fs.hashCode() + fc; }");
        line("    public int im(int x) { return x * fa - (int) fl; }");
        line("    public String toString() { return \"A(\" + fa + \",\" + fl + \",\" + fd + \",\" + fs + \",\" + fc + \")\"; }");
        for (Callable c : virtuals()) {
            if (r.nextInt(4) == 0) {
                line("    abstract " + signature(c) + ";");
                feature("abstract method");
                abstractInA.add(c);
            } else body(c, n + "A", fieldsA, null);
        }
        line("}");
        feature("abstract class");
    }

    private final List<Callable> abstractInA = new ArrayList<>();

    private void classB() {
        line("class " + n + "B extends " + n + "A {");
        line("    short fb; float ff;");
        line("    " + n + "B(int a, long b, short c) { super(a, b); fb = c; ff = c / 3.0f; }");
        if (r.nextBoolean()) line("    public int h() { return super.h() * 7 + fb; }");
        if (r.nextBoolean()) line("    public String toString() { return \"B\" + super.toString() + fb + \"/\" + ff; }");
        for (Callable c : virtuals()) {
            if (abstractInA.contains(c) || r.nextInt(3) == 0) {
                body(c, n + "B", fieldsB, abstractInA.contains(c) ? null : c);
                feature("override");
            }
        }
        line("}");
        feature("subclass");
    }

    private void classC() {
        line("class " + n + "C extends " + n + "B {");
        line("    byte fy; boolean fz;");
        line("    " + n + "C(int a, long b, short c, byte d) { super(a, b, c); fy = d; fz = (a & 1) == 0; }");
        if (r.nextBoolean()) line("    public int im(int x) { return super.im(x) + fy; }");
        if (r.nextBoolean()) line("    public long idf(long x) { return x - fy; }");
        for (Callable c : virtuals()) {
            if (r.nextInt(3) == 0) {
                body(c, n + "C", fieldsC, c);
                feature("override of an override");
            }
        }
        line("}");
    }

    private void classD() {
        line("final class " + n + "D implements " + n + "I {");
        line("    int dk; long dl;");
        line("    " + n + "D(int k) { dk = k; dl = k * 1000003L; }");
        line("    public int h() { return dk ^ (int) dl; }");
        line("    public int im(int x) { return x + dk; }");
        line("    public long idf(long x) { return " + n + "I.super.idf(x) + dl; }");
        line("    public String toString() { return \"D\" + dk; }");
        line("}");
        feature("interface implemented by an unrelated class"); feature("I.super.m()");
    }

    private void enumE() {
        line("enum " + n + "E {");
        line("    E0(3), E1(-7), E2(100), E3(0);");
        line("    final int w;");
        line("    " + n + "E(int w) { this.w = w; }");
        line("}");
        feature("enum");
    }

    private List<Callable> virtuals() { return callables.stream().filter(c -> c.virtual).toList(); }

    private String signature(Callable c) {
        StringBuilder s = new StringBuilder(c.result == null ? "void" : c.result.name(n));
        s.append(' ').append(c.name).append('(');
        for (int i = 0; i < c.params.size(); i++) {
            if (i > 0) s.append(", ");
            s.append(c.params.get(i).name(n)).append(' ').append(paramName(c, i));
        }
        return s.append(')').toString();
    }

    private static String paramName(Callable c, int i) { return c.recursive && i == 0 ? "dep" : "p" + i; }

    private void mainClass(boolean publicMain) {
        line((publicMain ? "public " : "") + "class " + n + " {");
        indent++;
        line("static long chk = 17;");
        line("static int fuel = 4000;");
        out.append(staticDecls);
        line("static " + n + " self = new " + n + "();");
        for (Ty t : new Ty[] {Ty.INT, Ty.LONG, Ty.DOUBLE, Ty.CHAR, Ty.STRING}) {
            String name = "i" + t.tag().charAt(0);
            mainInstanceFields.add(new Var(name, t, true));
            line(t.name(n) + " " + name + " = " + literal(t) + ";");
        }
        feature("instance field");
        mixers();
        for (Callable c : callables) if (!c.virtual) body(c, n, mainInstanceFields, null);
        mainMethod();
        indent--;
        line("}");
    }

    private boolean inStaticInit;

    private void staticField(Ty t) {
        String name = "s" + t.tag().replace("[]", "Arr") + statics.size();
        Ctx init = new Ctx(n, true, null);
        // no hazards in a static initializer: an exception there is the JVM's ExceptionInInitializerError, which
        // the native panic does not report (it names the exception inside), a difference of stderr only
        inStaticInit = true;
        line("static " + t.name(n) + " " + name + " = " + (t.isPrim() || t == Ty.STRING ? literal(t) : expr(t, 1, init, true)) + ";");
        inStaticInit = false;
        statics.add(new Var(name, t, true));
        feature("static field " + t.tag());
    }

    private void mixers() {
        line("static void mixJ(long v) { chk = (chk ^ v) * 0x100000001b3L + (chk >>> 29); }");
        line("static void mixD(double v) { mixJ(Double.doubleToLongBits(v)); }");
        line("static void mixF(float v) { mixJ(Float.floatToIntBits(v)); }");
        line("static void mixZ(boolean v) { mixJ(v ? 1231 : 1237); }");
        line("static void mixS(String s) { mixJ(s.hashCode()); mixJ(s.length()); }");
        line("static void mixO(" + n + "I o) { mixJ(o.h()); mixS(o.toString()); }");
        line("static void mixE(" + n + "E e) { mixJ(e.ordinal() * 7 + e.w); mixS(e.name()); }");
        line("static int nz(int v) { return v == 0 ? 1 : v; }");
        line("static long nz(long v) { return v == 0 ? 1 : v; }");
        line("static String cut(String s) { return s.length() > 40 ? s.substring(s.length() - 40) : s; }");
        line("static void mixState() {");
        indent++;
        Ctx c = new Ctx(n, true, null);
        for (Var v : statics) mixStmt(v.text, v.type, c, 0);
        indent--;
        line("}");
    }

    /** Statements folding {@code e} (of type t) into chk; arrays element by element (nested loops for 2-D). */
    private void mixStmt(String e, Ty t, Ctx c, int level) {
        if (t.isArray()) {
            String x = "x" + (fresh++);
            line("for (" + t.elem().name(n) + " " + x + " : " + e + ") {");
            indent++;
            mixStmt(x, t.elem(), c, level + 1);
            indent--;
            line("}");
            feature("enhanced for");
            return;
        }
        line(mixCall(e, t) + ";");
    }

    /** Folds a value of type t into chk; an array by its hash (1-D primitive or String) or length. */
    private String mixCall(String e, Ty t) {
        if (t.isArray()) {
            if (t.dims() == 1 && (t.elem().isPrim() || t.elem() == Ty.STRING)) { feature("Arrays.hashCode"); return n + ".mixJ(java.util.Arrays.hashCode(" + e + "))"; }
            return n + ".mixJ(" + paren(e) + ".length)";
        }
        return n + "." + mixName(t) + "(" + e + ")";
    }

    private static String mixName(Ty t) {
        return switch (t.kind()) {
            case BOOLEAN -> "mixZ"; case FLOAT -> "mixF"; case DOUBLE -> "mixD"; case STRING -> "mixS";
            case OBJ, IFACE -> "mixO"; case ENUM -> "mixE"; default -> "mixJ";
        };
    }

    private String qualifiedMix(String e, Ty t) { return mixCall(e, t); }

    // ---------------------------------------------------------------- bodies

    /** The body of a callable in class {@code cls} with fields {@code fields}; {@code overrides}: super.m is callable. */
    private void body(Callable c, String cls, List<Var> fields, Callable overrides) {
        Ctx ctx = new Ctx(cls, c.isStatic, c);
        String mods = c.virtual ? "public " : c.isStatic ? "static " : "";
        line(mods + signature(c) + " {");
        indent++;
        line("if (--" + n + ".fuel < 0) " + (c.result == null ? "return;" : "return " + defaultValue(c.result, ctx) + ";"));
        if (!c.isStatic) for (Var f : fields) ctx.vars.add(new Var(r.nextBoolean() ? f.text : "this." + f.text, f.type, f.assignable));
        for (int i = 0; i < c.params.size(); i++) ctx.vars.add(new Var(paramName(c, i), c.params.get(i), !(c.recursive && i == 0)));
        if (c.recursive) {
            String call = c.name + "(dep - 1" + args(c, 1, ctx) + ")";
            Ty t = c.result;
            if (t != null && t.isPrim() && t != Ty.BOOLEAN) {
                String v = local(t, "(" + t.name(n) + ") (dep > 0 ? " + call + " : " + literal(t) + ")", ctx);
                line(qualifiedMix(v, t) + ";");
            } else line("if (dep > 0) " + (t == null ? call : qualifiedMix(call, t)) + ";");
        }
        if (overrides != null && r.nextBoolean()) {
            String call = "super." + c.name + "(" + args(c, 0, ctx).replaceFirst("^, ", "") + ")";
            line(c.result == null ? call + ";" : qualifiedMix(call, c.result) + ";");
            feature("super call");
        }
        block(ctx, 2, 2 + r.nextInt(4));
        if (c.result != null) line("return " + expr(c.result, 2, ctx, false) + ";");
        indent--;
        line("}");
    }

    /** Arguments from index {@code from} on, each preceded by ", ". */
    private String args(Callable c, int from, Ctx ctx) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < c.params.size(); i++) s.append(", ").append(expr(c.params.get(i), 2, ctx, false));
        return s.toString();
    }

    /** Declares a fresh local initialised with {@code init}; returns its name. */
    private String local(Ty t, String init, Ctx ctx) {
        String name = "l" + (fresh++);
        line(t.name(n) + " " + name + " = " + init + ";");
        ctx.vars.add(new Var(name, t, true));
        return name;
    }

    /** Up to {@code count} statements; stops after a jump (break, continue, return) so nothing is unreachable. Returns whether it ended in a jump. */
    private boolean block(Ctx ctx, int depth, int count) { return block(ctx, depth, count, false); }

    private boolean block(Ctx ctx, int depth, int count, boolean loopTop) {
        boolean saved = ctx.loopTop;
        ctx.loopTop = loopTop;
        try { return statements(ctx, depth, count); } finally { ctx.loopTop = saved; }
    }

    private boolean statements(Ctx ctx, int depth, int count) {
        int mark = ctx.vars.size();
        boolean jumped = false;
        for (int i = 0; i < count && !jumped; i++) jumped = statement(ctx, depth);
        while (ctx.vars.size() > mark) ctx.vars.remove(ctx.vars.size() - 1);
        return jumped;
    }

    /** One statement (perhaps compound, over several lines); true if it was a jump. */
    private boolean statement(Ctx ctx, int depth) {
        int k = pick(8, 10, 5, 3, 3, 3, 4, 4, 3, 2, 2, 2, 2, 2, 3, 2, 2, 2);
        if (depth <= 0 && k >= 4 && k <= 8) k = 1;
        switch (k) {
            case 0 -> { Ty t = anyType(true); local(t, initFor(t, ctx), ctx); feature("local " + t.tag()); }
            case 1 -> assignment(ctx);
            case 2 -> line(mixCall(expr(scalarType(), 2, ctx, false), lastType) + ";");
            case 3 -> callStatement(ctx);
            case 4 -> ifStatement(ctx, depth);
            case 5 -> forLoop(ctx, depth);
            case 6 -> whileLoop(ctx, depth);
            case 7 -> switchStatement(ctx, depth);
            case 8 -> enhancedFor(ctx, depth);
            case 9 -> { if (ctx.loops > 0) return jump(ctx); assignment(ctx); }
            case 10 -> incDec(ctx);
            case 11 -> stringBuilder(ctx);
            case 12 -> instanceOf(ctx, depth);
            case 13 -> println(ctx);
            case 14 -> arrayStatement(ctx);
            case 15 -> objectStatement(ctx);
            case 16 -> { if (ctx.self != null && r.nextInt(3) == 0) return earlyReturn(ctx); assignment(ctx); }
            default -> { line("{"); indent++; block(ctx, depth - 1, 1 + r.nextInt(3)); indent--; line("}"); feature("block"); }
        }
        return false;
    }

    private Ty lastType;

    private Ty scalarType() {
        lastType = Ty.SCALARS[r.nextInt(Ty.SCALARS.length)];
        return lastType;
    }

    private String initFor(Ty t, Ctx ctx) {
        String e = expr(t, 2, ctx, false);
        return t == Ty.STRING ? n + ".cut(" + e + ")" : e;
    }

    private boolean jump(Ctx ctx) {
        String cond = boolExpr(2, ctx, false);
        boolean isBreak = r.nextBoolean();
        String target = "";
        if (!ctx.loopLabels.isEmpty() && r.nextInt(3) == 0) {
            target = " " + ctx.loopLabels.get(r.nextInt(ctx.loopLabels.size()));
            feature(isBreak ? "labelled break" : "labelled continue");
        }
        feature(isBreak ? "break" : "continue");
        if (ctx.loopTop && r.nextInt(4) == 0) {   // an unconditional jump ends the loop body
            line((isBreak ? "break" : "continue") + target + ";");
            return true;
        }
        line("if (" + cond + ") " + (isBreak ? "break" : "continue") + target + ";");
        return false;
    }

    private boolean earlyReturn(Ctx ctx) {
        Ty t = ctx.self.result;
        line("if (" + boolExpr(2, ctx, false) + ") return" + (t == null ? "" : " " + expr(t, 2, ctx, false)) + ";");
        feature("early return");
        return false;
    }

    private void assignment(Ctx ctx) {
        Var v = lvalue(ctx, null);
        if (v == null) { line(mixCall(expr(Ty.INT, 2, ctx, false), Ty.INT) + ";"); return; }
        Ty t = v.type;
        if (r.nextInt(3) == 0 || !(t.isPrim() || t == Ty.STRING)) {
            line(v.text + " = " + initFor(t, ctx) + ";");
            feature("assignment " + t.tag());
            return;
        }
        if (t == Ty.STRING) {
            line(v.text + " += " + expr(anyScalar(), 1, ctx, false) + ";");
            line(v.text + " = " + n + ".cut(" + v.text + ");");
            feature("compound assignment String");
            return;
        }
        if (t == Ty.BOOLEAN) {
            line(v.text + " " + one("&=", "|=", "^=") + " " + boolExpr(2, ctx, false) + ";");
            feature("compound assignment boolean");
            return;
        }
        String op = t.isFloating() ? one("+=", "-=", "*=", "/=", "%=") : one("+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=");
        Ty rt = op.equals("&=") || op.equals("|=") || op.equals("^=") || op.contains("<") || op.contains(">")
                ? Ty.NUMERIC[r.nextInt(4)] == Ty.CHAR ? Ty.CHAR : (r.nextBoolean() ? Ty.INT : Ty.LONG)
                : Ty.NUMERIC[r.nextInt(Ty.NUMERIC.length)];
        String rhs = expr(rt, 2, ctx, false);
        if ((op.equals("/=") || op.equals("%=")) && rt.isIntegral() && t.isIntegral()) rhs = divisor(rt, rhs, ctx);
        line(v.text + " " + op + " " + rhs + ";");
        feature("compound assignment " + t.tag() + (t.isSmall() || (t == Ty.INT && (rt == Ty.LONG || rt.isFloating())) || (t == Ty.LONG && rt.isFloating()) ? " (implicit narrowing)" : ""));
    }

    private Ty anyScalar() { return Ty.SCALARS[r.nextInt(Ty.SCALARS.length)]; }

    /** An assignable variable, field or array element of type {@code want} (any type when null); null if none. */
    private Var lvalue(Ctx ctx, Ty want) {
        List<Var> all = new ArrayList<>();
        for (Var v : ctx.vars) if (v.assignable) all.add(v);
        for (Var v : statics) all.add(staticRef(v, ctx));
        if (want != null) all.removeIf(v -> !v.type.equals(want) && !(v.type.isArray() && v.type.elem().equals(want)));
        if (all.isEmpty()) return null;
        Var v = all.get(r.nextInt(all.size()));
        if (v.type.isArray() && (want == null ? r.nextInt(3) != 0 : !v.type.equals(want))) {   // an element
            String e = v.text + "[" + index(v.text, ctx) + "]";
            Ty t = v.type.elem();
            if (t.isArray() && (want == null || !t.equals(want))) { e += "[" + index(e, ctx) + "]"; t = t.elem(); }
            feature("array element store");
            return new Var(e, t, true);
        }
        return v;
    }

    private void incDec(Ctx ctx) {
        Var v = lvalue(ctx, null);
        if (v == null || !v.type.isNumeric()) { assignment(ctx); return; }
        String op = one("++", "--");
        line(r.nextBoolean() ? v.text + op + ";" : op + v.text + ";");
        feature("++/-- " + v.type.tag());
    }

    private void callStatement(Ctx ctx) {
        Callable c = callee(ctx, null);
        if (c == null) { line(mixCall(expr(Ty.LONG, 2, ctx, false), Ty.LONG) + ";"); return; }
        if (c == ctx.self) {
            line("if (dep > 0) " + c.name + "(dep - 1" + args(c, 1, ctx) + ");");
            feature("recursive call");
            return;
        }
        String call = call(c, ctx);
        line(c.result == null || r.nextBoolean() ? call + ";" : qualifiedMix(call, c.result) + ";");
    }

    /** A callable this context may call: a later one (or the caller itself when recursive); {@code result} null: any. */
    private Callable callee(Ctx ctx, Ty result) {
        List<Callable> ok = new ArrayList<>();
        for (Callable c : callables) {
            if (ctx.self != null && c.order <= ctx.self.order && !(c == ctx.self && c.recursive)) continue;
            if (result != null && !result.equals(c.result)) continue;
            if (result == null && c.result != null && c.result.isArray() && r.nextBoolean()) continue;
            ok.add(c);
        }
        return ok.isEmpty() ? null : ok.get(r.nextInt(ok.size()));
    }

    private String call(Callable c, Ctx ctx) {
        String args;
        if (c.recursive) {
            args = (c == ctx.self ? "dep - 1" : String.valueOf(r.nextInt(6))) + args(c, 1, ctx);
            if (c == ctx.self) feature("recursive call");
        } else args = args(c, 0, ctx).replaceFirst("^, ", "");
        if (c == ctx.self && c.recursive) {   // guarded by the depth (a void one only as a statement: callStatement)
            return "(dep > 0 ? " + c.name + "(" + args + ") : " + defaultValue(c.result, ctx) + ")";
        }
        feature(c.virtual ? "virtual call" : c.isStatic ? "static call" : "instance call");
        if (c.virtual) return receiver(ctx) + "." + c.name + "(" + args + ")";
        if (c.isStatic) return (ctx.cls.equals(n) && r.nextBoolean() ? "" : n + ".") + c.name + "(" + args + ")";
        return (ctx.cls.equals(n) && !ctx.isStatic && r.nextBoolean() ? "" : n + ".self.") + c.name + "(" + args + ")";
    }

    /** An expression of type NA for a virtual call: a variable, a fresh object or an array element. */
    private String receiver(Ctx ctx) {
        return expr(Ty.OBJ, 1, ctx, true);
    }

    private void ifStatement(Ctx ctx, int depth) {
        line("if (" + boolExpr(3, ctx, false) + ") {");
        indent++;
        block(ctx, depth - 1, 1 + r.nextInt(3));
        indent--;
        if (r.nextBoolean()) {
            line("} else {");
            indent++;
            block(ctx, depth - 1, 1 + r.nextInt(3));
            indent--;
            feature("if-else");
        }
        line("}");
        feature("if");
    }

    private String loopBound() {
        return switch (r.nextInt(4)) {
            case 0 -> "((" + pureInt() + ") & 3) + 1";
            default -> String.valueOf(r.nextInt(6));
        };
    }

    private String pureInt() { return expr(Ty.INT, 1, pureCtx, true); }

    /** A context with no variables: expressions from literals and static fields only. */
    private Ctx pureCtx = new Ctx("", true, null);

    private String label(Ctx ctx) {
        if (r.nextInt(3) != 0) return null;
        String l = "L" + (fresh++);
        line(l + ":");
        feature("labelled loop");
        return l;
    }

    private void loopBody(Ctx ctx, int depth, String label) { loopBody(ctx, depth, label, true); }

    /**
     * {@code jumpsAnywhere}: whether an unconditional break/continue may stand directly in the body. Not in a
     * do-while's: a body that never completes (a jump to an outer loop) makes the do-while unable to complete,
     * so the statement after it is unreachable, a compile error (JLS 14.22; seeds 1003480, 1003598).
     */
    private void loopBody(Ctx ctx, int depth, String label, boolean jumpsAnywhere) {
        ctx.loops++;
        if (label != null) ctx.loopLabels.add(label);
        block(ctx, depth - 1, 1 + r.nextInt(4), jumpsAnywhere);
        if (label != null) ctx.loopLabels.remove(label);
        ctx.loops--;
    }

    private void forLoop(Ctx ctx, int depth) {
        String i = "i" + (fresh++);
        String label = label(ctx);
        switch (r.nextInt(3)) {
            case 0 -> line("for (int " + i + " = 0; " + i + " < " + loopBound() + "; " + i + "++) {");
            case 1 -> line("for (int " + i + " = " + r.nextInt(7) + "; " + i + " > 0; " + i + " -= " + (1 + r.nextInt(2)) + ") {");
            default -> {
                Var a = arrayVar(ctx);
                if (a != null) {
                    line("for (int " + i + " = 0; " + i + " < " + a.text + ".length; " + i + "++) {");
                    feature("for over a.length");
                } else line("for (int " + i + " = 0; " + i + " < 3; " + i + "++) {");
            }
        }
        indent++;
        ctx.vars.add(new Var(i, Ty.INT, false));
        loopBody(ctx, depth, label);
        ctx.vars.removeIf(v -> v.text.equals(i));
        indent--;
        line("}");
        feature("for");
    }

    private Var arrayVar(Ctx ctx) {
        List<Var> arrays = new ArrayList<>();
        for (Var v : ctx.vars) if (v.type.isArray()) arrays.add(v);
        for (Var v : statics) if (v.type.isArray()) arrays.add(staticRef(v, ctx));
        return arrays.isEmpty() ? null : arrays.get(r.nextInt(arrays.size()));
    }

    private void whileLoop(Ctx ctx, int depth) {
        String w = "w" + (fresh++);
        line("int " + w + " = 0;");
        String label = label(ctx);
        boolean isDo = r.nextBoolean();
        String cond = w + (isDo ? "" : "++") + " < " + loopBound() + (r.nextInt(3) == 0 ? " && " + boolExpr(1, ctx, false) : "");
        line(isDo ? "do {" : "while (" + cond + ") {");
        indent++;
        loopBody(ctx, depth, label, !isDo);
        indent--;
        line(isDo ? "} while (++" + cond + ");" : "}");
        feature(isDo ? "do-while" : "while");
    }

    private void enhancedFor(Ctx ctx, int depth) {
        Var a = arrayVar(ctx);
        if (a == null) { forLoop(ctx, depth); return; }
        String x = "e" + (fresh++);
        line("for (" + a.type.elem().name(n) + " " + x + " : " + a.text + ") {");
        indent++;
        ctx.vars.add(new Var(x, a.type.elem(), true));
        loopBody(ctx, depth, null);
        ctx.vars.removeIf(v -> v.text.equals(x));
        indent--;
        line("}");
        feature("enhanced for");
    }

    // ---------------------------------------------------------------- switches

    private static final Ty[] SWITCH_TYPES = {Ty.INT, Ty.INT, Ty.CHAR, Ty.STRING, Ty.ENUM, Ty.BYTE, Ty.SHORT};

    /** Distinct case labels for a selector of type t. */
    private List<String> caseLabels(Ty t, int count) {
        Set<String> labels = new LinkedHashSet<>();
        for (int tries = 0; labels.size() < count && tries < 40; tries++) {
            labels.add(switch (t.kind()) {
                case CHAR -> charLiteral(oneC('a', 'b', 'c', 'A', '0', '\u00e9', (char) 0, (char) 0xffff));
                case STRING -> "\"" + strings.get(r.nextInt(strings.size())) + "\"";
                case ENUM -> "E" + r.nextInt(4);
                case BYTE -> String.valueOf(r.nextInt(11) - 3);
                case SHORT -> String.valueOf(oneI(-1, 0, 1, 2, 300, -300, 32767));
                default -> r.nextInt(4) == 0 ? String.valueOf(oneI(Integer.MIN_VALUE, Integer.MAX_VALUE, 1000, -1000, 65536, 100))
                        : String.valueOf(r.nextInt(12) - 2);
            });
        }
        return new ArrayList<>(labels);
    }

    private String selector(Ty t, Ctx ctx) {
        String s = selector0(t, ctx);
        if (constantConditions || !Constants.isConstant(s)) return s;
        String v = read(t, ctx);   // a constant selector leaves dead cases: the fold owner's known bug (FuzzSwitchConstantSelector)
        return v != null ? v : t == Ty.INT ? n + ".fuel" : t == Ty.STRING ? n + ".sString8" : s;
    }

    private String selector0(Ty t, Ctx ctx) {
        if (t == Ty.INT) return r.nextBoolean() ? "(" + expr(Ty.INT, 2, ctx, false) + ") & 7" : "(int) " + paren(expr(Ty.INT, 2, ctx, false));   // an int "expression" may be a short or char
        if (t == Ty.STRING && r.nextBoolean()) return "\"" + strings.get(r.nextInt(strings.size())) + "\" + \"\"";
        return expr(t, 2, ctx, false);
    }

    private void switchStatement(Ctx ctx, int depth) {
        Ty t = SWITCH_TYPES[r.nextInt(SWITCH_TYPES.length)];
        boolean arrow = r.nextBoolean();
        List<String> labels = caseLabels(t, 1 + r.nextInt(5));
        line("switch (" + selector(t, ctx) + ") {");
        indent++;
        feature("switch on " + t.tag() + (arrow ? " (arrow)" : " (colon)"));
        boolean hasDefault = r.nextInt(3) != 0;
        int i = 0;
        while (i < labels.size() || hasDefault) {
            String head;
            if (i < labels.size()) {
                int group = arrow ? 1 + r.nextInt(2) : 1;
                List<String> g = labels.subList(i, Math.min(labels.size(), i + group));
                i += g.size();
                head = arrow ? "case " + String.join(", ", g) : "case " + g.get(0);
                if (arrow && g.size() > 1) feature("case L1, L2 ->");
            } else {
                head = "default";
                hasDefault = false;
                feature("default");
            }
            if (arrow) {
                line(head + " -> {");
                indent++;
                block(ctx, depth - 1, 1 + r.nextInt(3));
                indent--;
                line("}");
            } else {
                line(head + ": {");
                indent++;
                boolean jumped = block(ctx, depth - 1, r.nextInt(3));
                indent--;
                line("}");
                if (!jumped && r.nextInt(3) != 0) line("break;");
                else feature("fall-through");
            }
        }
        indent--;
        line("}");
    }

    /** A switch expression of type t, arrow or colon with yield (statements before the yield in a block). */
    private String switchExpr(Ty t, int depth, Ctx ctx) {
        Ty st = SWITCH_TYPES[r.nextInt(SWITCH_TYPES.length)];
        List<String> labels = caseLabels(st, 1 + r.nextInt(4));
        boolean arrow = r.nextBoolean();
        feature("switch expression on " + st.tag() + (arrow ? " (arrow)" : " (yield)"));
        StringBuilder s = new StringBuilder("switch (" + selector(st, ctx) + ") { ");
        for (String l : labels) {
            if (arrow) s.append("case ").append(l).append(" -> ").append(expr(t, depth - 1, ctx, false)).append("; ");
            else s.append("case ").append(l).append(": yield ").append(expr(t, depth - 1, ctx, false)).append("; ");
        }
        s.append(arrow ? "default -> " : "default: yield ").append(expr(t, depth - 1, ctx, false)).append("; }");
        return "(" + s + ")";
    }

    // ---------------------------------------------------------------- other statements

    private void stringBuilder(Ctx ctx) {
        String sb = "sb" + (fresh++);
        line("StringBuilder " + sb + " = new StringBuilder(" + (r.nextBoolean() ? "" : expr(Ty.STRING, 1, ctx, false)) + ");");
        for (int i = r.nextInt(4); i >= 0; i--) {
            switch (r.nextInt(6)) {
                case 0 -> line(sb + ".insert(0, " + expr(one(Ty.INT, Ty.STRING, Ty.CHAR, Ty.LONG, Ty.DOUBLE, Ty.BOOLEAN), 1, ctx, false) + ");");
                case 1 -> line(sb + ".reverse();");
                case 2 -> line("if (" + sb + ".length() > 0) " + sb + ".setCharAt(0, " + expr(Ty.CHAR, 1, ctx, false) + ");");
                default -> {
                    Ty t = Ty.SCALARS[r.nextInt(10)];
                    line(sb + ".append(" + expr(t, 2, ctx, false) + ")" + (r.nextBoolean() ? ".append(" + expr(Ty.CHAR, 1, ctx, false) + ")" : "") + ";");
                    feature("StringBuilder.append " + t.tag());
                }
            }
        }
        line(n + ".mixS(" + sb + ".toString()); " + n + ".mixJ(" + sb + ".length());");
        feature("StringBuilder");
    }

    private void instanceOf(Ctx ctx, int depth) {
        String o = expr(r.nextBoolean() ? Ty.OBJ : Ty.IFACE, 1, ctx, true);
        String cls = n + one("B", "C", "D", "A");
        String v = "q" + (fresh++);
        boolean pattern = r.nextBoolean();
        o = "((" + n + "I) " + o + ")";   // the static type NI: any of the classes may be tested (and a pattern's type is never a supertype)
        if (pattern) {
            line("if (" + o + " instanceof " + cls + " " + v + ") {");
            feature("instanceof pattern");
        } else {
            String tmp = local(Ty.IFACE, o, ctx);
            line("if (" + tmp + " instanceof " + cls + ") {");
            indent++;
            line(cls + " " + v + " = (" + cls + ") " + tmp + ";");
            indent--;
            feature("instanceof + cast");
            o = tmp;
        }
        indent++;
        List<Var> f = cls.endsWith("B") ? fieldsB : cls.endsWith("C") ? fieldsC : cls.endsWith("D") ? fieldsD : fieldsA;
        Var field = f.get(r.nextInt(f.size()));
        line(qualifiedMix(v + "." + field.text, field.type) + ";");
        ctx.vars.add(new Var(v + "." + field.text, field.type, true));
        block(ctx, depth - 1, r.nextInt(2));
        ctx.vars.removeIf(x -> x.text.startsWith(v + "."));
        indent--;
        line("}");
        if (hazards && r.nextInt(3) == 0) {
            line(n + ".mixO((" + cls + ") " + o + ");");
            feature("unguarded cast (hazard)");
        }
    }

    private void println(Ctx ctx) {
        Ty t = anyScalar();
        String e = expr(t, 2, ctx, false);
        if (t == Ty.CHAR && r.nextBoolean()) e = "(char) (" + e + ")";
        line("System.out.println(" + (r.nextBoolean() ? e : "\"" + ctx.cls + ": \" + " + e) + ");");
        feature("println " + t.tag());
    }

    private void arrayStatement(Ctx ctx) {
        Var a = arrayVar(ctx);
        if (a == null || !a.assignable) { assignment(ctx); return; }
        switch (r.nextInt(4)) {
            case 0 -> { line(a.text + " = " + expr(a.type, 2, ctx, false) + ";"); feature("array reassigned"); }
            case 1 -> {
                Var b = arrayVar(ctx);
                if (b != null && b.type.equals(a.type) && !a.type.elem().isArray() && a.type.elem().isPrim()) {
                    line("System.arraycopy(" + b.text + ", 0, " + a.text + ", 0, Math.min(" + a.text + ".length, " + b.text + ".length));");
                    feature("System.arraycopy");
                } else line(n + ".mixJ(" + a.text + ".length);");
            }
            case 2 -> {
                if (a.type.dims() == 1 && a.type.elem().isNumeric()) {
                    String idx = index(a.text, ctx);
                    String op = a.type.elem().isFloating() ? one("+=", "-=", "*=") : one("+=", "-=", "*=", "^=", "|=", "<<=");
                    line(a.text + "[" + idx + "] " + op + " " + expr(Ty.INT, 1, ctx, false) + ";");
                    feature("compound assignment to array element");
                } else line(n + ".mixJ(" + a.text + ".length);");
            }
            default -> {
                if (hazards && r.nextInt(3) == 0) {
                    String elem = a.text + "[" + pureInt() + " % (" + a.text + ".length + 1)]";
                    line(a.type.elem().isArray() ? mixCall(elem + ".length", Ty.INT) + ";" : mixCall(elem, a.type.elem()) + ";");
                    feature("out-of-bounds index (hazard)");
                } else line(n + ".mixJ(" + a.text + ".length);");
            }
        }
    }

    private void objectStatement(Ctx ctx) {
        Var o = lvalue(ctx, Ty.OBJ);
        if (o == null) { assignment(ctx); return; }
        Var f = fieldsA.get(r.nextInt(fieldsA.size()));
        String target = o.text + "." + f.text;
        if (f.type == Ty.STRING) line(target + " = " + n + ".cut(" + target + " + " + expr(anyScalar(), 1, ctx, false) + ");");
        else if (f.type.isNumeric()) line(target + " " + one("+=", "-=", "*=") + " " + expr(Ty.INT, 2, ctx, false) + ";");
        else line(target + " = " + expr(f.type, 2, ctx, false) + ";");
        feature("field of another object");
    }

    // ---------------------------------------------------------------- main

    private void mainMethod() {
        line("public static void main(String[] args) {");
        indent++;
        Ctx ctx = new Ctx(n, true, null);
        int step = 0;
        List<Callable> order = new ArrayList<>(callables);
        java.util.Collections.shuffle(order, r);
        for (Callable c : order) {
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                if (r.nextBoolean()) block(ctx, 2, 1 + r.nextInt(3));
                String call = call(c, ctx);
                line(c.result == null ? call + ";" : mixCall(call, c.result) + ";");
                line("mixState();");
                line("System.out.println(\"" + n + " " + (step++) + " " + c.name + " \" + chk);");
            }
        }
        block(ctx, 2, 2 + r.nextInt(4));
        line("mixState();");
        line("System.out.println(\"" + n + " done \" + chk + \" fuel \" + fuel);");
        indent--;
        line("}");
    }

    // ---------------------------------------------------------------- expressions

    /** An expression of type t, nested at most {@code depth}; {@code pure}: no calls or assignments (array indexes). */
    String expr(Ty t, int depth, Ctx ctx, boolean pure) {
        return switch (t.kind()) {
            case BOOLEAN -> boolExpr(depth, ctx, pure);
            case BYTE, SHORT, CHAR -> smallExpr(t, depth, ctx, pure);
            case INT -> intExpr(depth, ctx, pure);
            case LONG -> longExpr(depth, ctx, pure);
            case FLOAT, DOUBLE -> floatExpr(t, depth, ctx, pure);
            case STRING -> stringExpr(depth, ctx, pure);
            case ENUM -> enumExpr(depth, ctx, pure);
            case OBJ -> objExpr(depth, ctx, pure);
            case IFACE -> ifaceExpr(depth, ctx, pure);
            case ARRAY -> arrayExpr(t, depth, ctx, pure);
        };
    }

    /** A readable variable, field or array element of exactly type t, or null. */
    private String read(Ty t, Ctx ctx) {
        List<Var> all = new ArrayList<>();
        for (Var v : ctx.vars) if (v.type.equals(t) || (v.type.isArray() && (v.type.elem().equals(t) || v.type.elem().isArray() && v.type.elem().elem().equals(t)))) all.add(v);
        for (Var v : statics) if (v.type.equals(t) || (v.type.isArray() && (v.type.elem().equals(t) || v.type.elem().isArray() && v.type.elem().elem().equals(t)))) all.add(staticRef(v, ctx));
        if (indexNesting > 0) all.removeIf(v -> v.type.isArray());
        if (all.isEmpty()) return null;
        Var v = all.get(r.nextInt(all.size()));
        String e = v.text;
        Ty vt = v.type;
        while (!vt.equals(t)) {
            e = e + "[" + index(e, ctx) + "]";
            vt = vt.elem();
            feature("array element load");
        }
        return e;
    }

    /** An in-bounds index into the array {@code a} (a variable or element expression without side effects). */
    private String index(String a, Ctx ctx) {
        indexNesting++;
        try {
            return switch (r.nextInt(5)) {
                case 0 -> "0";
                case 1 -> a + ".length - 1";
                case 2 -> "Math.floorMod(" + expr(Ty.INT, 1, ctx, true) + ", " + a + ".length)";
                default -> "(" + expr(Ty.INT, 1, ctx, true) + " & 0x7fffffff) % " + a + ".length";
            };
        } finally {
            indexNesting--;
        }
    }

    /** While an index is generated: no array reads inside it (so index expressions cannot nest without end). */
    private int indexNesting;

    /** A static field as code in ctx's class: qualified outside N (and sometimes inside). */
    private Var staticRef(Var v, Ctx ctx) {
        return new Var(!ctx.cls.equals(n) || r.nextInt(3) == 0 ? n + "." + v.text : v.text, v.type, v.assignable);
    }

    private String callOf(Ty t, Ctx ctx, boolean pure) {
        if (pure || r.nextInt(3) != 0) return null;
        Callable c = callee(ctx, t);
        return c == null ? null : call(c, ctx);
    }

    private String intExpr(int d, Ctx ctx, boolean pure) {
        if (d <= 0) return intLeaf(ctx);
        int k = pick(4, 8, 3, 3, 2, 3, 2, 2, 2, 3, 2, 2, 2, pure ? 0 : 2, 1);
        String a = null;
        switch (k) {
            case 0 -> a = intLeaf(ctx);
            case 1 -> a = "(" + intOperand(d - 1, ctx, pure) + " " + one("+", "-", "*", "&", "|", "^") + " " + intOperand(d - 1, ctx, pure) + ")";
            case 2 -> { a = "(" + intOperand(d - 1, ctx, pure) + " " + one("<<", ">>", ">>>") + " " + (r.nextBoolean() ? intExpr(d - 1, ctx, pure) : longExpr(d - 1, ctx, pure)) + ")"; feature("shift"); }
            case 3 -> a = division(Ty.INT, d, ctx, pure);
            case 4 -> a = "(" + one("-", "~", "+") + "(" + intOperand(d - 1, ctx, pure) + "))";
            case 5 -> { Ty from = Ty.NUMERIC[r.nextInt(Ty.NUMERIC.length)]; a = "((int) " + paren(expr(from, d - 1, ctx, pure)) + ")"; feature("cast " + from.tag() + " to int"); }
            case 6 -> a = "(" + boolExpr(d - 1, ctx, pure) + " ? " + intExpr(d - 1, ctx, pure) + " : " + intOperand(d - 1, ctx, pure) + ")";
            case 7 -> a = callOf(Ty.INT, ctx, pure);
            case 8 -> { if (!pure) a = switchExpr(Ty.INT, d, ctx); }
            case 9 -> a = intLibrary(d, ctx, pure);
            case 10 -> { String arr = arrayVarText(ctx); if (arr != null) a = arr + ".length"; }
            case 11 -> { String s = stringExpr(d - 1, ctx, pure); a = one(s + ".length()", s + ".hashCode()", s + ".indexOf(" + charLiteral(oneC('a', 'b', ',')) + ")", s + ".compareTo(" + stringExpr(d - 1, ctx, pure) + ")"); feature("String int methods"); }
            case 12 -> { a = one(objExpr(d - 1, ctx, pure) + ".fa", ifaceExpr(d - 1, ctx, pure) + ".h()", enumExpr(d - 1, ctx, pure) + ".ordinal()", enumExpr(d - 1, ctx, pure) + ".w", ifaceExpr(d - 1, ctx, pure) + ".im(" + intExpr(d - 1, ctx, pure) + ")"); feature("interface call"); }
            case 13 -> a = sideEffect(Ty.INT, d, ctx);
            default -> a = minDivMinusOne(Ty.INT);
        }
        return a != null ? a : intLeaf(ctx);
    }

    /** An operand that may be of a smaller integral type (promoted). */
    private String intOperand(int d, Ctx ctx, boolean pure) {
        if (r.nextInt(4) == 0) { Ty s = one(Ty.BYTE, Ty.SHORT, Ty.CHAR); feature("promotion of " + s.tag()); return smallExpr(s, d, ctx, pure); }
        return intExpr(d, ctx, pure);
    }

    private String intLibrary(int d, Ctx ctx, boolean pure) {
        String x = intExpr(d - 1, ctx, pure), y = intExpr(d - 1, ctx, pure);
        feature("Math/Integer methods");
        return switch (r.nextInt(14)) {
            case 0 -> "Math.abs(" + x + ")";
            case 1 -> "Math.min(" + x + ", " + y + ")";
            case 2 -> "Math.max(" + x + ", " + y + ")";
            case 3 -> "Integer.bitCount(" + x + ")";
            case 4 -> "Integer.numberOfLeadingZeros(" + x + ")";
            case 5 -> "Integer.rotateLeft(" + x + ", " + y + ")";
            case 6 -> "Integer.reverse(" + x + ")";
            case 7 -> "Integer.highestOneBit(" + x + ")";
            case 8 -> "Integer.compare(" + x + ", " + y + ")";
            case 9 -> "Long.numberOfTrailingZeros(" + longExpr(d - 1, ctx, pure) + ")";
            case 10 -> "Math.floorMod(" + x + ", " + divisor(Ty.INT, y, ctx) + ")";
            case 11 -> "Double.compare(" + floatExpr(Ty.DOUBLE, d - 1, ctx, pure) + ", " + floatExpr(Ty.DOUBLE, d - 1, ctx, pure) + ")";
            case 12 -> "Float.floatToIntBits(" + floatExpr(Ty.FLOAT, d - 1, ctx, pure) + ")";
            default -> "Math.round(" + floatExpr(Ty.FLOAT, d - 1, ctx, pure) + ")";
        };
    }

    private String arrayVarText(Ctx ctx) {
        Var a = arrayVar(ctx);
        return a == null ? null : a.text;
    }

    private String intLeaf(Ctx ctx) {
        if (r.nextInt(3) != 0) {
            String v = read(r.nextInt(5) == 0 ? one(Ty.BYTE, Ty.SHORT, Ty.CHAR) : Ty.INT, ctx);
            if (v != null) return v;
        }
        return lit(intValue());
    }

    private static String lit(long v) { return v < 0 ? "(" + v + ")" : String.valueOf(v); }

    private static String litL(long v) { return v < 0 ? "(" + v + "L)" : v + "L"; }

    private int intValue() {
        return switch (pick(4, 4, 2, 1)) {
            case 0 -> oneI(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1, 1, 2);
            case 1 -> r.nextInt(41) - 20;
            case 2 -> oneI(31, 32, 33, 63, 64, 65, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536, 1 << 30);
            default -> r.nextInt();
        };
    }

    private long longValue() {
        return switch (pick(4, 3, 3, 1)) {
            case 0 -> oneL(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L);
            case 1 -> oneL((long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 0xffffffffL, 1L << 32, -(1L << 32), 1L << 31, 63L, 64L);
            case 2 -> r.nextInt(41) - 20;
            default -> r.nextLong();
        };
    }

    /** Division or remainder of type t (int or long): by a constant, a forced-odd value, nz(x), or (hazards) anything. */
    private String division(Ty t, int d, Ctx ctx, boolean pure) {
        String op = one("/", "%");
        String a = t == Ty.INT ? intOperand(d - 1, ctx, pure) : longExpr(d - 1, ctx, pure);
        Ty dt = t == Ty.LONG && r.nextBoolean() ? Ty.LONG : (t == Ty.LONG ? Ty.INT : (r.nextInt(4) == 0 ? Ty.LONG : Ty.INT));
        if (t == Ty.INT && dt == Ty.LONG) { a = "(int) (" + a + " " + op + " " + divisor(Ty.LONG, longExpr(d - 1, ctx, pure), ctx) + ")"; return a; }
        String b = dt == Ty.INT ? intExpr(d - 1, ctx, pure) : longExpr(d - 1, ctx, pure);
        feature("division " + op + " " + t.tag());
        return "(" + a + " " + op + " " + divisor(dt, b, ctx) + ")";
    }

    private String divisor(Ty t, String b, Ctx ctx) {
        if (hazards && !inStaticInit && r.nextInt(6) == 0) { feature("division by a value that may be 0 (hazard)"); return paren(b); }
        return switch (r.nextInt(4)) {
            case 0 -> { feature("division by a constant"); long c = oneI(1, -1, 2, 3, 7, 10, -10, 16, 1000, 641, 65537, Integer.MAX_VALUE, Integer.MIN_VALUE); yield t == Ty.LONG ? litL(c) : lit(c); }
            case 1 -> "(" + b + " | 1)";
            default -> n + ".nz(" + b + ")";
        };
    }

    private String minDivMinusOne(Ty t) {
        feature("MIN / -1");
        String min = t == Ty.INT ? "(-2147483648)" : "(-9223372036854775808L)";
        String m1 = t == Ty.INT ? "(-1)" : "(-1L)";
        if (r.nextBoolean()) m1 = n + ".nz(" + m1 + ")";
        return "(" + min + " " + one("/", "%") + " " + m1 + ")";
    }

    /** An assignment, compound assignment or ++/-- used as a value. */
    private String sideEffect(Ty t, int d, Ctx ctx) {
        Var v = lvalue(ctx, t);
        if (v == null || !v.type.equals(t)) return null;
        feature("assignment as expression");
        return switch (r.nextInt(5)) {
            case 0 -> "(" + v.text + "++)";
            case 1 -> "(--" + v.text + ")";
            case 2 -> "(" + v.text + " += " + expr(t, d - 1, ctx, false) + ")";
            case 3 -> "(" + v.text + " = " + expr(t, d - 1, ctx, false) + ")";
            default -> "(" + v.text + " ^= " + expr(t, d - 1, ctx, false) + ")";
        };
    }

    private String longExpr(int d, Ctx ctx, boolean pure) {
        if (d <= 0) return longLeaf(ctx);
        String a = null;
        switch (pick(4, 8, 3, 3, 2, 3, 2, 2, 2, 2, pure ? 0 : 2, 1)) {
            case 0 -> a = longLeaf(ctx);
            case 1 -> a = "(" + longOperand(d - 1, ctx, pure) + " " + one("+", "-", "*", "&", "|", "^") + " " + longOperand(d - 1, ctx, pure) + ")";
            case 2 -> { a = "(" + longExpr(d - 1, ctx, pure) + " " + one("<<", ">>", ">>>") + " " + (r.nextBoolean() ? intExpr(d - 1, ctx, pure) : longExpr(d - 1, ctx, pure)) + ")"; feature("shift"); }
            case 3 -> a = division(Ty.LONG, d, ctx, pure);
            case 4 -> a = "(" + one("-", "~") + "(" + longExpr(d - 1, ctx, pure) + "))";
            case 5 -> { Ty from = Ty.NUMERIC[r.nextInt(Ty.NUMERIC.length)]; a = "((long) " + paren(expr(from, d - 1, ctx, pure)) + ")"; feature("cast " + from.tag() + " to long"); }
            case 6 -> a = "(" + boolExpr(d - 1, ctx, pure) + " ? " + longExpr(d - 1, ctx, pure) + " : " + intExpr(d - 1, ctx, pure) + ")";
            case 7 -> a = callOf(Ty.LONG, ctx, pure);
            case 8 -> { if (!pure) a = switchExpr(Ty.LONG, d, ctx); }
            case 9 -> {
                String x = longExpr(d - 1, ctx, pure), y = longExpr(d - 1, ctx, pure);
                a = switch (r.nextInt(8)) {
                    case 0 -> "Math.abs(" + x + ")"; case 1 -> "Math.min(" + x + ", " + y + ")"; case 2 -> "Math.max(" + x + ", " + y + ")";
                    case 3 -> "Long.reverseBytes(" + x + ")"; case 4 -> "Long.rotateRight(" + x + ", " + intExpr(d - 1, ctx, pure) + ")";
                    case 5 -> "Double.doubleToLongBits(" + floatExpr(Ty.DOUBLE, d - 1, ctx, pure) + ")";
                    case 6 -> "Math.round(" + floatExpr(Ty.DOUBLE, d - 1, ctx, pure) + ")";
                    default -> ifaceExpr(d - 1, ctx, pure) + ".idf(" + x + ")";
                };
                feature("Math/Long methods");
            }
            case 10 -> a = sideEffect(Ty.LONG, d, ctx);
            default -> a = minDivMinusOne(Ty.LONG);
        }
        return a != null ? a : longLeaf(ctx);
    }

    private String longOperand(int d, Ctx ctx, boolean pure) {
        return r.nextInt(3) == 0 ? intOperand(d, ctx, pure) : longExpr(d, ctx, pure);
    }

    private String longLeaf(Ctx ctx) {
        if (r.nextInt(3) != 0) {
            String v = read(Ty.LONG, ctx);
            if (v != null) return v;
        }
        return litL(longValue());
    }

    private String smallExpr(Ty t, int d, Ctx ctx, boolean pure) {
        if (d <= 0 || r.nextInt(3) == 0) {
            String v = read(t, ctx);
            if (v != null) return v;
            return smallLiteral(t);
        }
        switch (r.nextInt(6)) {
            case 0 -> { return smallLiteral(t); }
            case 1 -> { if (!pure) { String c = callOf(t, ctx, false); if (c != null) return c; } }
            case 2 -> { if (t == Ty.CHAR) { feature("String.charAt"); return charAt(ctx, d); } }
            case 3 -> { return "(" + boolExpr(d - 1, ctx, pure) + " ? " + smallExpr(t, d - 1, ctx, pure) + " : " + smallExpr(t, d - 1, ctx, pure) + ")"; }
            default -> { }
        }
        Ty from = Ty.NUMERIC[r.nextInt(Ty.NUMERIC.length)];
        feature("cast " + from.tag() + " to " + t.tag());
        return "((" + t.name(n) + ") " + paren(expr(from, d - 1, ctx, pure)) + ")";
    }

    private String charAt(Ctx ctx, int d) {
        String s = read(Ty.STRING, ctx);
        if (s == null || s.contains("[")) return "(\"xyz\" + " + intExpr(d - 1, ctx, true) + ").charAt(1)";
        return "(" + s + ".isEmpty() ? 'q' : " + s + ".charAt(Math.floorMod(" + intExpr(d - 1, ctx, true) + ", " + s + ".length())))";
    }

    private String smallLiteral(Ty t) {
        return switch (t.kind()) {
            case CHAR -> charLiteral(oneC('a', 'z', '0', ' ', 'A', '\u00e9', '\u4e2d', (char) 0, (char) 0xffff, (char) 0x7f, (char) 0x80));
            case BYTE -> "(byte) " + lit(oneI(-128, 127, 0, -1, 1, 5, -100));
            default -> "(short) " + lit(oneI(-32768, 32767, 0, -1, 1, 300, -3000));
        };
    }

    private static String charLiteral(char c) {
        if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\') return "'" + c + "'";
        return "'\\u" + String.format("%04x", (int) c) + "'";
    }

    private String floatExpr(Ty t, int d, Ctx ctx, boolean pure) {
        boolean f = t == Ty.FLOAT;
        if (d <= 0) return floatLeaf(t, ctx);
        String a = null;
        switch (pick(3, 8, 3, 3, 2, 2, 2, 2, pure ? 0 : 1)) {
            case 0 -> a = floatLeaf(t, ctx);
            case 1 -> { a = "(" + floatExpr(t, d - 1, ctx, pure) + " " + one("+", "-", "*", "/", "%") + " " + (r.nextBoolean() ? floatExpr(t, d - 1, ctx, pure) : expr(Ty.NUMERIC[r.nextInt(f ? 6 : 7)], d - 1, ctx, pure)) + ")"; feature("floating arithmetic " + t.tag()); }
            case 2 -> { Ty from = Ty.NUMERIC[r.nextInt(Ty.NUMERIC.length)]; a = "((" + t.name(n) + ") " + paren(expr(from, d - 1, ctx, pure)) + ")"; feature("cast " + from.tag() + " to " + t.tag()); }
            case 3 -> a = "(" + boolExpr(d - 1, ctx, pure) + " ? " + floatExpr(t, d - 1, ctx, pure) + " : " + floatExpr(t, d - 1, ctx, pure) + ")";
            case 4 -> a = "(-(" + floatExpr(t, d - 1, ctx, pure) + "))";
            case 5 -> {
                String x = floatExpr(t, d - 1, ctx, pure), y = floatExpr(t, d - 1, ctx, pure);
                a = f ? one("Math.abs(" + x + ")", "Math.min(" + x + ", " + y + ")", "Math.max(" + x + ", " + y + ")", "Float.intBitsToFloat(" + intExpr(d - 1, ctx, pure) + ")")
                      : one("Math.sqrt(" + x + ")", "Math.abs(" + x + ")", "Math.floor(" + x + ")", "Math.ceil(" + x + ")", "Math.rint(" + x + ")",
                            "Math.min(" + x + ", " + y + ")", "Math.max(" + x + ", " + y + ")", "Math.signum(" + x + ")", "Double.longBitsToDouble(" + longExpr(d - 1, ctx, pure) + ")");
                feature("Math " + t.tag());
            }
            case 6 -> a = objExpr(d - 1, ctx, pure) + ".fd" + (f ? "" : "");
            case 7 -> a = callOf(t, ctx, pure);
            default -> a = switchExpr(t, d, ctx);
        }
        if (a != null && f && a.endsWith(".fd")) a = "((float) " + a + ")";
        return a != null ? a : floatLeaf(t, ctx);
    }

    private String floatLeaf(Ty t, Ctx ctx) {
        if (r.nextInt(3) != 0) {
            String v = read(t, ctx);
            if (v != null) return v;
        }
        if (t == Ty.FLOAT) return one("0.0f", "(-0.0f)", "1.5f", "0.1f", "(-3.25f)", "Float.NaN", "Float.POSITIVE_INFINITY", "Float.NEGATIVE_INFINITY",
                "Float.MIN_VALUE", "Float.MAX_VALUE", "16777217.0f", "1.0E10f", "(-2.5E-8f)", String.valueOf(r.nextInt(2001) - 1000) + ".0f");
        return one("0.0", "(-0.0)", "1.5", "0.1", "(-3.25)", "Double.NaN", "Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY",
                "Double.MIN_VALUE", "Double.MAX_VALUE", "9.007199254740993E15", "1.0E300", "(-2.5E-300)", "2147483648.0", "(-9.223372036854775808E18)",
                String.valueOf(r.nextInt(2001) - 1000) + ".25", Double.toString(r.nextGaussian() * 1000));
    }

    private String boolExpr(int d, Ctx ctx, boolean pure) {
        String e = boolExpr0(d, ctx, pure);
        return constantConditions || !Constants.isConstant(e) ? e : boolLeaf(ctx, pure);
    }

    private String boolExpr0(int d, Ctx ctx, boolean pure) {
        if (d <= 0) return boolLeaf(ctx, pure);
        String a = null;
        switch (pick(3, 6, 2, 3, 2, 1, 1, 2, pure ? 0 : 1, 1)) {
            case 0 -> a = boolLeaf(ctx, pure);
            case 1 -> {
                Ty x = Ty.NUMERIC[r.nextInt(Ty.NUMERIC.length)], y = Ty.NUMERIC[r.nextInt(Ty.NUMERIC.length)];
                a = "(" + expr(x, d - 1, ctx, pure) + " " + one("<", "<=", ">", ">=", "==", "!=") + " " + expr(y, d - 1, ctx, pure) + ")";
                feature("comparison " + x.tag() + " " + y.tag());
            }
            case 2 -> a = "(!" + paren(boolExpr(d - 1, ctx, pure)) + ")";
            case 3 -> a = "(" + boolExpr(d - 1, ctx, pure) + " " + one("&&", "||", "&", "|", "^", "==", "!=") + " " + boolExpr(d - 1, ctx, pure) + ")";
            case 4 -> {
                String s = stringExpr(d - 1, ctx, pure), s2 = stringExpr(d - 1, ctx, pure);
                a = one(s + ".equals(" + s2 + ")", s + ".isEmpty()", s + ".startsWith(" + s2 + ")", s + ".contains(" + s2 + ")", s + ".endsWith(\"b\")", s + ".equalsIgnoreCase(" + s2 + ")");
                feature("String boolean methods");
            }
            case 5 -> { a = "(" + objExpr(d - 1, ctx, pure) + " instanceof " + n + one("B", "C") + ")"; feature("instanceof"); }
            case 6 -> { a = "(" + enumExpr(d - 1, ctx, pure) + " " + one("==", "!=") + " " + enumExpr(d - 1, ctx, pure) + ")"; feature("enum =="); }
            case 7 -> { a = "(" + objExpr(d - 1, ctx, pure) + " " + one("==", "!=") + " " + objExpr(d - 1, ctx, pure) + ")"; feature("reference =="); }
            case 8 -> a = callOf(Ty.BOOLEAN, ctx, pure);
            default -> { a = one("Character.isDigit(", "Character.isLetter(", "Character.isUpperCase(") + smallExpr(Ty.CHAR, d - 1, ctx, pure) + ")"; feature("Character methods"); }
        }
        return a != null ? a : boolLeaf(ctx, pure);
    }

    private String boolLeaf(Ctx ctx, boolean pure) {
        String v = r.nextInt(4) != 0 ? read(Ty.BOOLEAN, ctx) : null;
        if (v != null) return v;
        if (constantConditions && r.nextInt(3) == 0) { feature("boolean literal"); return one("true", "false"); }
        String x = read(Ty.INT, ctx);   // there is always a static int field
        return "(" + (x != null ? x : n + ".fuel") + " " + one("<", ">", "==", "!=") + " " + intLeaf(ctx) + ")";
    }

    private String stringExpr(int d, Ctx ctx, boolean pure) {
        if (d <= 0 || r.nextInt(4) == 0) {
            String v = r.nextBoolean() ? read(Ty.STRING, ctx) : null;
            return v != null ? v : "\"" + strings.get(r.nextInt(strings.size())) + "\"";
        }
        String a = null;
        switch (r.nextInt(13)) {
            case 0, 1 -> { Ty t = anyScalar(); a = "(" + stringExpr(d - 1, ctx, pure) + " + " + expr(t, d - 1, ctx, pure) + ")"; feature("concatenation String + " + t.tag()); }
            case 2 -> { Ty t = anyScalar(); a = "(" + expr(t, d - 1, ctx, pure) + " + " + stringExpr(d - 1, ctx, pure) + ")"; feature("concatenation " + t.tag() + " + String"); }
            case 3 -> { a = "(" + intExpr(d - 1, ctx, pure) + " + " + smallExpr(Ty.CHAR, d - 1, ctx, pure) + " + \"=\" + " + floatExpr(Ty.DOUBLE, d - 1, ctx, pure) + ")"; feature("numeric + before String"); }
            case 4 -> { Ty t = Ty.SCALARS[r.nextInt(9)]; a = "String.valueOf(" + expr(t, d - 1, ctx, pure) + ")"; feature("String.valueOf " + t.tag()); }
            case 5 -> a = one("Integer.toString(" + intExpr(d - 1, ctx, pure) + ")", "Long.toHexString(" + longExpr(d - 1, ctx, pure) + ")",
                    "Integer.toBinaryString(" + intExpr(d - 1, ctx, pure) + ")", "Double.toString(" + floatExpr(Ty.DOUBLE, d - 1, ctx, pure) + ")",
                    "Float.toString(" + floatExpr(Ty.FLOAT, d - 1, ctx, pure) + ")", "Character.toString(" + smallExpr(Ty.CHAR, d - 1, ctx, pure) + ")");
            case 6 -> { String s = stringExpr(d - 1, ctx, pure); a = one(s + ".toUpperCase()", s + ".toLowerCase()", s + ".trim()", s + ".replace('a', 'X')",
                    s + ".concat(" + stringExpr(d - 1, ctx, pure) + ")", s + ".repeat(" + r.nextInt(3) + ")", s + ".substring(0)", s + ".strip()"); feature("String methods"); }
            case 7 -> {
                String v = read(Ty.STRING, ctx);
                if (v != null && !v.contains("[")) { a = v + ".substring(Math.min(" + r.nextInt(4) + ", " + v + ".length()))"; feature("substring"); }
            }
            case 8 -> { a = "new StringBuilder(" + stringExpr(d - 1, ctx, pure) + ").append(" + expr(anyScalar(), d - 1, ctx, pure) + ").reverse().toString()"; feature("StringBuilder expression"); }
            case 9 -> a = one(objExpr(d - 1, ctx, pure) + ".toString()", ifaceExpr(d - 1, ctx, pure) + ".toString()", enumExpr(d - 1, ctx, pure) + ".name()", objExpr(d - 1, ctx, pure) + ".fs");
            case 10 -> a = callOf(Ty.STRING, ctx, pure);
            case 11 -> { if (!pure) a = switchExpr(Ty.STRING, d, ctx); }
            default -> a = "(" + boolExpr(d - 1, ctx, pure) + " ? " + stringExpr(d - 1, ctx, pure) + " : " + stringExpr(d - 1, ctx, pure) + ")";
        }
        return a != null ? a : "\"" + strings.get(r.nextInt(strings.size())) + "\"";
    }

    private String enumExpr(int d, Ctx ctx, boolean pure) {
        String v = r.nextBoolean() ? read(Ty.ENUM, ctx) : null;
        if (v != null) return v;
        return switch (d <= 0 ? 0 : r.nextInt(4)) {
            case 1 -> { feature("values()"); yield n + "E.values()[(" + intExpr(d - 1, ctx, true) + ") & 3]"; }
            case 2 -> { String c = callOf(Ty.ENUM, ctx, pure); yield c != null ? c : n + "E.E" + r.nextInt(4); }
            case 3 -> { feature("valueOf"); yield n + "E.valueOf(\"E" + r.nextInt(4) + "\")"; }
            default -> n + "E.E" + r.nextInt(4);
        };
    }

    private String newObject(int d, Ctx ctx, boolean pure) {
        String a = intExpr(Math.min(d, 1), ctx, pure), b = longExpr(Math.min(d, 1), ctx, pure);
        feature("new");
        return switch (r.nextInt(2)) {
            case 0 -> "new " + n + "B(" + a + ", " + b + ", " + smallExpr(Ty.SHORT, 1, ctx, pure) + ")";
            default -> "new " + n + "C(" + a + ", " + b + ", " + smallExpr(Ty.SHORT, 1, ctx, pure) + ", " + smallExpr(Ty.BYTE, 1, ctx, pure) + ")";
        };
    }

    private String objExpr(int d, Ctx ctx, boolean pure) {
        if (!pure || d > 0) {
            switch (r.nextInt(6)) {
                case 0 -> { if (d > 0) return newObject(d, ctx, pure); }
                case 1 -> { String c = callOf(Ty.OBJ, ctx, pure); if (c != null) return c; }
                case 2 -> { if (d > 0) { String x = read(Ty.OBJ, ctx); if (x != null) return "(" + boolExpr(d - 1, ctx, pure) + " ? " + x + " : " + newObject(d, ctx, pure) + ")"; } }
                default -> { }
            }
        }
        String v = read(Ty.OBJ, ctx);
        return v != null ? v : newObject(d, ctx, pure);
    }

    private String ifaceExpr(int d, Ctx ctx, boolean pure) {
        switch (r.nextInt(5)) {
            case 0 -> { feature("new D"); return "new " + n + "D(" + intExpr(Math.min(d, 1), ctx, pure) + ")"; }
            case 1 -> { return objExpr(d, ctx, pure); }
            case 2 -> { String c = callOf(Ty.IFACE, ctx, pure); if (c != null) return c; }
            default -> { }
        }
        String v = read(Ty.IFACE, ctx);
        return v != null ? v : "new " + n + "D(" + lit(intValue()) + ")";
    }

    private String arrayExpr(Ty t, int d, Ctx ctx, boolean pure) {
        int k = r.nextInt(6);
        if (k == 0) { String v = read(t, ctx); if (v != null) return v; }
        if (k == 1 && !pure) { String c = callOf(t, ctx, false); if (c != null) return c; }
        if (k == 2) { String v = read(t, ctx); if (v != null) { feature("clone"); return v + ".clone()"; } }
        Ty e = t.elem();
        String len = r.nextBoolean() ? String.valueOf(1 + r.nextInt(5)) : "(" + intExpr(1, ctx, true) + " & 3) + 1";
        if (e.isPrim() && k == 3) { feature("new " + t.tag() + " [n]"); return "new " + e.name(n) + "[" + len + "]"; }
        if (e.isArray() && e.elem().isPrim() && k == 4) { feature("new " + t.tag() + " [n][m]"); return "new " + e.elem().name(n) + "[" + len + "][" + (1 + r.nextInt(4)) + "]"; }
        StringBuilder s = new StringBuilder("new " + t.name(n) + " {");
        int count = 1 + r.nextInt(4);
        // String elements cut to 40 chars, as every String store: a[0] = a[0] + a[0] in a loop grows exponentially
        // (seed 1004389 of the long run ran out of memory on the JVM and for minutes natively)
        for (int i = 0; i < count; i++) {
            String x = expr(e, Math.min(d, 1), ctx, pure);
            s.append(i == 0 ? "" : ", ").append(e == Ty.STRING ? n + ".cut(" + x + ")" : x);
        }
        feature("array initializer " + t.tag());
        return s.append("}").toString();
    }

    // ---------------------------------------------------------------- helpers

    private String defaultValue(Ty t, Ctx ctx) {
        if (t.isPrim()) return t == Ty.BOOLEAN ? "false" : "(" + t.name(n) + ") 0";
        return switch (t.kind()) {
            case STRING -> "\"\"";
            case ENUM -> n + "E.E0";
            case OBJ -> "new " + n + "B(0, 0L, (short) 0)";
            case IFACE -> "new " + n + "D(0)";
            default -> "new " + t.name(n) + " " + initializerOfDefaults(t);
        };
    }

    /** {@code {0}}, {@code {{""}}}: one default element per dimension (never a null element). */
    private String initializerOfDefaults(Ty t) {
        return "{" + (t.elem().isArray() ? initializerOfDefaults(t.elem()) : defaultValue(t.elem(), null)) + "}";
    }

    private String literal(Ty t) {
        return switch (t.kind()) {
            case BOOLEAN -> r.nextBoolean() ? "true" : "false";
            case BYTE, SHORT, CHAR -> smallLiteral(t);
            case INT -> lit(intValue());
            case LONG -> litL(longValue());
            case FLOAT, DOUBLE -> floatLeaf(t, pureCtx);
            case STRING -> "\"" + strings.get(r.nextInt(strings.size())) + "\"";
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    private static String paren(String e) { return e.startsWith("(") && e.endsWith(")") && balanced(e) ? e : "(" + e + ")"; }

    /** Whether the parenthesis opening e closes at its end. */
    private static boolean balanced(String e) {
        int depth = 0;
        boolean inString = false, inChar = false;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '"' && !inChar) inString = !inString;
            else if (c == '\'' && !inString) inChar = !inChar;
            if (inString || inChar) continue;
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0 && i < e.length() - 1) return false;
        }
        return true;
    }

    private void line(String s) { out.append("    ".repeat(indent)).append(s).append('\n'); }

    private void feature(String f) { features.add(f); }

    private int pick(int... weights) {
        int total = 0;
        for (int w : weights) total += w;
        int x = r.nextInt(total);
        for (int i = 0; ; i++) {
            x -= weights[i];
            if (x < 0) return i;
        }
    }

    @SafeVarargs
    private <T> T one(T... choices) { return choices[r.nextInt(choices.length)]; }

    private int oneI(int... choices) { return choices[r.nextInt(choices.length)]; }

    private long oneL(long... choices) { return choices[r.nextInt(choices.length)]; }

    private char oneC(char... choices) { return choices[r.nextInt(choices.length)]; }
}
