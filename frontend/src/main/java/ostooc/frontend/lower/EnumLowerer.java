package ostooc.frontend.lower;

import ostooc.frontend.model.ClassLayout;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.EnumModel;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.tree.Expr;
import ostooc.ir.Instr;
import ostooc.ir.Type;

import java.util.List;

/**
 * An enum constant's creation (in its class's {@code <clinit>}, see attr.EnumAttributor):
 * <pre>
 *   E.A = new E("A", 0, args)   =>   %o = (allocate E, header E.class); store.ref %o, 8, symaddr "A"; store.i32 %o, 16, 0;
 *                                     call @"E.&lt;init&gt;(...)V"(%o, args)
 * </pre>
 * The name and ordinal are java.lang.Enum's fields, set before the constructor body can observe them.
 */
final class EnumLowerer {
    private EnumLowerer() { }

    static Instr newConstant(FunctionLowerer f, ObjectLowerer objects, Expr.NewEnumConstant n) {
        ClassSym c = n.ctor().owner;   // E, or E$1 for a constant with a body
        String clinit = f.ml.classInit(c);
        if (clinit != null && c != f.cls) f.ir.call(clinit, Type.VOID, List.of());   // (E$1's starts with E's, already under way)
        Instr o = objects.allocate(c);
        ClassSym enumClass = c.superclass;
        while (!enumClass.binaryName.equals(EnumModel.ENUM)) enumClass = enumClass.superclass;
        ClassLayout.of(enumClass);   // assigns the offsets
        FieldSym name = enumClass.fields.get("$name"), ordinal = enumClass.fields.get("$ordinal");
        f.ir.store(StaticData.memKind(name.type), o, name.offset, f.ir.symaddr(Type.REF, f.ml.strings.literal(n.name())));
        f.ir.store(StaticData.memKind(ordinal.type), o, ordinal.offset, f.ir.iconst(Type.I32, n.ordinal()));
        objects.construct(o, n.ctor(), n.args());
        return o;
    }
}
