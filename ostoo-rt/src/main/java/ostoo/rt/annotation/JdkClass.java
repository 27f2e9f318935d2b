package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JDK class (or interface) a library class stands for: {@code @JdkClass("java.lang.StringBuilder")} on
 * {@code ostoo.shim.lang.StringBuilder}. This is ostooc's one registry of the JDK (TeaVM's classlib and
 * GraalVM's {@code @TargetClass} are the same idea): the compiler resolves the JDK name — simple through
 * {@code java.lang}'s implicit import, imported, or fully qualified — to the annotated class, which is an
 * ordinary class of the program with its real supertypes, and its run-time name
 * ({@code getClass().getName()}, ClassCastException messages) is the JDK's. The class's public members are
 * the JDK class's API; a JDK name no class claims is {@code unsupported}.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JdkClass {
    /** The JDK binary name, e.g. {@code java.lang.Integer} or {@code java.util.Map$Entry}. */
    String value();
}
