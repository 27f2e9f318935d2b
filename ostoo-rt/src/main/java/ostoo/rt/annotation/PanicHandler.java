package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rust's `#[panic_handler]`: a {@code static void (String message, String location)} method that never returns. The compiler calls it for runtime errors it detects (division by zero, ...). */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PanicHandler {}
