package ostooc.frontend.model;

import com.github.javaparser.ast.body.MethodDeclaration;

import java.util.List;
import java.util.stream.Collectors;

/** A static method with its JVM descriptor and the ostoo-rt annotations that change how it is compiled. */
public final class MethodSym {
    public final ClassSym owner;
    public final String name;
    public final List<JType> params;
    public final List<String> paramNames;
    public final JType result;
    public final MethodDeclaration decl;
    public final boolean isNative;
    public final Annotations annotations;

    public MethodSym(ClassSym owner, String name, List<JType> params, List<String> paramNames, JType result,
                     MethodDeclaration decl, boolean isNative, Annotations annotations) {
        this.owner = owner; this.name = name; this.params = List.copyOf(params); this.paramNames = List.copyOf(paramNames);
        this.result = result; this.decl = decl; this.isNative = isNative; this.annotations = annotations;
    }

    /** {@code (ILjava/lang/String;)V} */
    public String descriptor() {
        return params.stream().map(JType::descriptor).collect(Collectors.joining("", "(", ")")) + result.descriptor();
    }

    /** The IR function symbol: the {@code @Export} name, else {@code Hello.fib(I)I}. */
    public String symbol() {
        return annotations.export() != null ? annotations.export() : owner.binaryName + "." + name + descriptor();
    }

    /** javac's way of naming it in messages: {@code m(int,String)}. */
    public String javaSignature() {
        return name + params.stream().map(JType::javaName).collect(Collectors.joining(",", "(", ")"));
    }

    /** {@code ostoo.rt.Mem.loadInt} style key for intrinsic tables. */
    public String qualifiedName() { return owner.binaryName + "." + name; }

    @Override public String toString() { return symbol(); }
}
