package ostooc.frontend.lower;

import ostooc.frontend.model.ConstValue;
import ostooc.frontend.model.FieldSym;
import ostooc.frontend.model.JType;
import ostooc.ir.DataItem;
import ostooc.ir.MemKind;
import ostooc.ir.Module;

/**
 * Static fields as DataItems named {@code <binary class name>.<field>}: DATA holding the constant
 * initial value when there is one (a String's is the address of its literal, via a relocation), else BSS.
 * Also the per-class guard bytes of {@code <clinit>}.
 */
final class StaticData {
    private final Module module;
    private final StringPool strings;

    StaticData(Module module, StringPool strings) { this.module = module; this.strings = strings; }

    /** How a field of type {@code t} is loaded and stored. */
    static MemKind memKind(JType t) {
        if (t instanceof JType.Prim p) {
            return switch (p) {
                case BOOLEAN -> MemKind.U8;
                case BYTE -> MemKind.S8;
                case SHORT -> MemKind.S16;
                case CHAR -> MemKind.U16;
                case INT -> MemKind.I32;
                case LONG -> MemKind.I64;
                case FLOAT -> MemKind.F32;
                case DOUBLE -> MemKind.F64;
                case VOID -> throw new IllegalArgumentException("void field");
            };
        }
        return MemKind.REF;
    }

    /** The symbol of {@code f}'s storage, created on first use (the class's initialisation must be planned first). */
    String field(FieldSym f) {
        String name = f.symbol();
        if (module.dataItem(name) != null) return name;
        MemKind k = memKind(f.type);
        byte[] bytes = new byte[k.bytes()];
        DataItem d;
        if (f.constant instanceof ConstValue.Int || f.constant instanceof ConstValue.Real) {
            long bits = f.constant instanceof ConstValue.Int i ? i.value() : FloatConstants.bits(f.type, ((ConstValue.Real) f.constant).value());
            for (int b = 0; b < k.bytes(); b++) bytes[b] = (byte) (bits >> (8 * b));
            d = new DataItem(name, DataItem.Kind.DATA, k.bytes(), bytes);
        } else if (f.constant instanceof ConstValue.Str s) {
            d = new DataItem(name, DataItem.Kind.DATA, 8, bytes);
            d.relocs().add(new DataItem.Reloc(0, strings.literal(s.value()), 0));
        } else {
            d = new DataItem(name, DataItem.Kind.BSS, k.bytes(), bytes);
        }
        module.add(d);
        return name;
    }

    /** The one-byte "initialisation started" flag of a class. */
    String guard(String classBinaryName) {
        String name = classBinaryName + ".<clinit>.guard";
        if (module.dataItem(name) == null) module.add(new DataItem(name, DataItem.Kind.BSS, 1, new byte[1]));
        return name;
    }
}
