package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rust's `-> !`: the method never returns (exit, panic). Code after a call to it is unreachable. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NoReturn {}
