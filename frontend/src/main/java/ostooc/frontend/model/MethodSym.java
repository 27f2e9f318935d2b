package ostooc.frontend.model;

import com.github.javaparser.ast.body.MethodDeclaration;

import java.util.List;
import java.util.stream.Collectors;

/** A method or constructor, with its JVM descriptor and the ostoo-rt annotations that change how it is compiled. */
public final class MethodSym {
    public final ClassSym owner;
    public final String name;
    public final List<JType> params;
    public final List<String> paramNames;
    public final JType result;
    public final MethodDeclaration decl;
    public final boolean isNative;
    public final Annotations annotations;
    /** Issue 3: instance methods take {@code this} as IR parameter 0; constructors are {@code <init>}. */
    public boolean isStatic = true, isAbstract, isFinal, isPrivate;
    /** The constructor's declaration (null for the implicit default constructor); {@code decl} is null then. */
    public com.github.javaparser.ast.body.ConstructorDeclaration ctorDecl;
    public boolean isConstructor;
    /** A variable arity method ({@code T... xs}, JLS 8.4.1): its last parameter is the array type {@code T[]}. */
    public boolean isVarargs;
    /** The virtual method's index in its class's vtable (see {@link ClassLayout}); -1 when not virtual. */
    public int vtableSlot = -1;
    /** For {@code java.lang.Object}'s methods: the stdlib-shim static method that implements it (same ABI). */
    public MethodSym implementation;

    public MethodSym(ClassSym owner, String name, List<JType> params, List<String> paramNames, JType result,
                     MethodDeclaration decl, boolean isNative, Annotations annotations) {
        this.owner = owner; this.name = name; this.params = List.copyOf(params); this.paramNames = List.copyOf(paramNames);
        this.result = result; this.decl = decl; this.isNative = isNative; this.annotations = annotations;
    }

    /** Whether calls go through the vtable (not static, private, final, a constructor, or in a final class). */
    public boolean isVirtual() { return !isStatic && !isPrivate && !isFinal && !isConstructor && !owner.isFinal; }

    /** The parameter declarations' source nodes (null for synthesized methods). */
    public com.github.javaparser.ast.body.CallableDeclaration<?> callable() { return ctorDecl != null ? ctorDecl : decl; }

    /** {@code (ILjava/lang/String;)V} */
    public String descriptor() {
        return params.stream().map(JType::descriptor).collect(Collectors.joining("", "(", ")")) + result.descriptor();
    }

    /** The IR function symbol: the {@code @Export} name, else {@code Hello.fib(I)I}. */
    public String symbol() {
        if (implementation != null) return implementation.symbol();
        return annotations.export() != null ? annotations.export() : owner.binaryName + "." + name + descriptor();
    }

    /** javac's way of naming it in messages: {@code m(int,String)}. */
    public String javaSignature() { return name + "(" + javaParams() + ")"; }

    /** The parameter types as javac lists them: {@code int,String...}. */
    public String javaParams() {
        String s = params.stream().map(JType::javaName).collect(Collectors.joining(","));
        return isVarargs ? s.substring(0, s.length() - 2) + "..." : s;
    }

    /** {@code ostoo.rt.Mem.loadInt} style key for intrinsic tables. */
    public String qualifiedName() { return owner.binaryName + "." + name; }

    @Override public String toString() { return symbol(); }
}
