package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rust's `#[no_mangle]`: the method is a global symbol of the executable, named {@link #value()} instead of its Java-derived name. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    /** The symbol name, e.g. {@code "_start"}. */
    String value();
}
