package ostooc.frontend.attr;

import ostooc.frontend.SourceFile;
import ostooc.frontend.model.ClassSym;
import ostooc.frontend.model.JType;
import ostooc.frontend.model.MethodSym;

/**
 * Where an expression or statement is being attributed: its class, its method (null for static
 * initializers and field initializers), the expected return type, and the local scope.
 */
public record MethodEnv(ClassSym cls, MethodSym method, JType returnType, Scope scope) {
    public SourceFile file() { return cls.file.source(); }

    /** javac's name of the method in messages: {@code method m(int)}; static initializers have none. */
    public String ownerDescription() {
        return method == null ? "class " + cls.javaName() : "method " + method.javaSignature();
    }
}
