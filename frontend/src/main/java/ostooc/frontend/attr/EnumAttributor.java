package ostooc.frontend.attr;

import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.EnumModel;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;
import ostooc.frontend.parse.EnumBodyDesugar;
import ostooc.frontend.parse.Positions;
import ostooc.frontend.tree.AttributedMethod;
import ostooc.frontend.tree.Expr;
import ostooc.frontend.tree.LocalVar;
import ostooc.frontend.tree.Pos;
import ostooc.frontend.tree.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * The code javac generates for an enum E (JLS 8.9.2, 8.9.3), as attributed trees:
 * <pre>
 *   enum E { A(1), B(2); ... }   =>  &lt;clinit&gt;:  E.A = new E("A", 0, 1);  E.B = new E("B", 1, 2);  E.$VALUES = new E[] {A, B};  ...the rest
 *   A(1) { … }  (a constant with a body, see parse.EnumBodyDesugar)  =>  E.A = new E$1("A", 0, 1)
 *   E.values()                   =>  return E.$VALUES.clone();
 *   E.valueOf(name)              =>  return (E) EnumMethods.valueOf(E.$VALUES, name, "E");   (no such constant: IllegalArgumentException)
 * </pre>
 */
final class EnumAttributor {
    private final AttrContext ctx;
    private final ExprAttributor exprs;

    EnumAttributor(AttrContext ctx, ExprAttributor exprs) { this.ctx = ctx; this.exprs = exprs; }

    // EnumConstant: Identifier [( [ArgumentList] )]   =>   E.K = NewEnumConstant(ctor, args, "K", ordinal)
    List<Stmt> constants(ClassSym c) {
        List<Stmt> out = new ArrayList<>();
        MethodEnv env = new MethodEnv(c, null, JType.Prim.VOID, new Scope());
        List<Expr> all = new ArrayList<>();
        List<EnumConstantDeclaration> entries = ((EnumDeclaration) c.decl).getEntries();
        for (int i = 0; i < entries.size(); i++) {
            EnumConstantDeclaration k = entries.get(i);
            Pos p = Positions.start(env.file(), k.getName());
            FieldSym f = c.fields.get(k.getNameAsString());
            Expr.StaticField target = new Expr.StaticField(p, f.type, f);
            all.add(target);
            List<Expr> args = ObjectAttributor.attributeAll(exprs, k.getArguments(), env);
            ClassSym cls = k.containsData(EnumBodyDesugar.BODY_CLASS) ? c.nested.get(k.getData(EnumBodyDesugar.BODY_CLASS)) : c;   // A { … }: an instance of E$1
            if (cls == c && c.isAbstract) { ctx.error(p, c.javaName() + " is abstract; cannot be instantiated"); args = null; }
            MethodSym ctor = args == null || cls == null ? null : exprs.calls.select(p, "<init>", cls, cls.constructors, args, env);
            Expr value = ctor == null ? null : new Expr.NewEnumConstant(p, c.type(), ctor, exprs.calls.convertArgs(p, args, ctor), k.getNameAsString(), i);
            out.add(new Stmt.ExprStmt(p, value == null ? null : new Expr.Assign(p, f.type, target, value)));
        }
        Pos p = Positions.start(env.file(), ((EnumDeclaration) c.decl).getName());
        FieldSym values = c.fields.get(EnumModel.VALUES);
        Expr.StaticField target = new Expr.StaticField(p, values.type, values);
        out.add(new Stmt.ExprStmt(p, new Expr.Assign(p, values.type, target, new Expr.ArrayLiteral(p, (JType.Array) values.type, all))));
        return out;
    }

    /** The synthesized bodies of {@code values()} and {@code valueOf(String)}. */
    AttributedMethod synthetic(MethodSym m) {
        ClassSym c = m.owner;
        Pos p = Positions.start(c.file.source(), ((EnumDeclaration) c.decl).getName());
        FieldSym valuesField = c.fields.get(EnumModel.VALUES);
        Expr values = new Expr.StaticField(p, valuesField.type, valuesField);
        if (m.name.equals("values")) {
            Stmt ret = new Stmt.Return(p, new Expr.ArrayClone(p, valuesField.type, values));
            return new AttributedMethod(m, List.of(), new Stmt.Block(p, List.of(ret), p));
        }
        LocalVar name = new LocalVar("name", JType.STRING, p, false);
        if (ctx.shim("ostoo.shim.EnumMethods") == null) return new AttributedMethod(m, List.of(name), null);   // a program without the stdlib shim
        JType objects = new JType.Array(ctx.model.byBinaryName(JType.OBJECT_NAME).type());
        MethodSym shim = ShimMethods.find(ctx, "ostoo.shim.EnumMethods", "valueOf", List.of(objects, JType.STRING, JType.STRING), p);
        if (shim == null) return new AttributedMethod(m, List.of(name), null);
        Expr call = new Expr.Call(p, shim.result, shim, List.of(Conversions.assign(values, objects), new Expr.Local(p, JType.STRING, name),
                new Expr.Const(p, JType.STRING, new ConstValue.Str(c.javaName()))), null);
        Stmt ret = new Stmt.Return(p, new Expr.RefCast(p, c.type(), call));
        return new AttributedMethod(m, List.of(name), new Stmt.Block(p, List.of(ret), p));
    }
}
