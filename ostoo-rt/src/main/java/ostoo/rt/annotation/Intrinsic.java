package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@code static native} method the compiler implements itself (memory access, the assembly DSL, raw syscalls). */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Intrinsic {}
