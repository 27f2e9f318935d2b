package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rust's `#[panic_handler]`: a {@code static void (String message, String file, int lineColumn)} method that never returns (the location is {@code file:line:column}, {@code lineColumn} being {@code line << 16 | column}, or {@code file} alone when it is 0). The compiler calls it for runtime errors it detects (division by zero, ...). */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PanicHandler {}
