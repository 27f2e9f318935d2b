package ostooc.frontend.model;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.VoidType;

/**
 * JavaParser types to {@link JType}. Unsupported types are reported through the returned
 * {@link Result#error} (the caller knows the position): floating point, other classes.
 */
public final class TypeResolver {
    /** Either a type or an error message. */
    public record Result(JType type, String error) {
        public static Result ok(JType t) { return new Result(t, null); }
        public static Result error(String e) { return new Result(null, e); }
    }

    private final ClassLookup lookup;

    public TypeResolver(ClassLookup lookup) { this.lookup = lookup; }

    /**
     * Type: PrimitiveType | void | ClassType | Type [] ... ({@code int a[]} arrives here as {@code int[]}).
     * {@code allowStringArray} is a leftover of the stage before arrays: every array type is allowed now.
     */
    public Result resolve(Type t, ClassSym context, boolean allowStringArray) {
        if (t instanceof VoidType) return Result.ok(JType.Prim.VOID);
        if (t instanceof com.github.javaparser.ast.type.VarType) return Result.error("'var' is not allowed here");
        if (t instanceof PrimitiveType p) {
            return switch (p.getType()) {
                case BOOLEAN -> Result.ok(JType.Prim.BOOLEAN);
                case BYTE -> Result.ok(JType.Prim.BYTE);
                case SHORT -> Result.ok(JType.Prim.SHORT);
                case CHAR -> Result.ok(JType.Prim.CHAR);
                case INT -> Result.ok(JType.Prim.INT);
                case LONG -> Result.ok(JType.Prim.LONG);
                case FLOAT -> Result.ok(JType.Prim.FLOAT);
                case DOUBLE -> Result.ok(JType.Prim.DOUBLE);
            };
        }
        if (t instanceof ArrayType a) {
            Result component = resolve(a.getComponentType(), context, false);
            if (component.error() != null) return component;
            if (component.type() == JType.Prim.VOID) return Result.error("'void' type not allowed here");
            if (component.type() instanceof JType.Ref r && r.cls() == null && !JType.isString(r))
                return Result.error("unsupported: arrays of " + r.javaName());
            return Result.ok(new JType.Array(component.type()));
        }
        if (t instanceof ClassOrInterfaceType c) {
            if (c.getTypeArguments().isPresent()) return Result.error("unsupported: generics");
            String name = c.getNameWithScope();
            ClassSym cls = lookup.resolve(name, context);
            if (cls != null && cls.isEnum && cls.isLibrary()) return Result.ok(new JType.Ref(cls.binaryName));
            if (cls != null) return Result.ok(cls.type());
            if (name.equals("String") || name.equals("java.lang.String")) return Result.ok(JType.STRING);
            if (name.equals("var")) return Result.error("'var' is not allowed here");
            String jdk = lookup.jdkName(name, context);
            if (jdk != null) return Result.error(ClassLookup.notInLibrary(jdk));
            return Result.error("cannot find symbol\n  symbol:   class " + name);
        }
        return Result.error("unsupported: type " + t);
    }
}
