package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a library class whose static initializer has no effect a program can observe (it only creates objects for its
 * own static fields): only a use of one of its static fields initializes it, not a call of one of its static methods,
 * which therefore must not read its static fields. {@code java.lang.System}: {@code System.getenv} does not create
 * {@code System.out}. (GraalVM decides the same by "initialization at build time".)
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface InitOnFieldUse {}
