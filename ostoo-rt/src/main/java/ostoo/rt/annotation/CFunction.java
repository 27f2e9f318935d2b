package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@code static native} method as a C function of the linked libraries (libc tier only), called
 * with the SysV x86-64 ABI. Parameter and result types: {@code int} (C int), {@code long} (C long and every
 * pointer), {@code float}, {@code double}; the result may also be {@code void}. Pass Java data as pointers
 * with {@link ostoo.rt.CString#of}, {@link ostoo.rt.CPointers#elements} and {@link ostoo.rt.CPointers#symbol}.
 * <pre>
 *   &#64;CFunction static native long strlen(long s);
 *   &#64;CFunction(value = "snprintf", variadic = true) static native int format(long buf, long size, long fmt, double x);
 * </pre>
 * A variadic C function is declared with the fixed Java signature of its calls (one declaration per shape);
 * {@code variadic = true} makes the call set {@code al} to the number of vector registers used, as the ABI
 * requires.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CFunction {
    /** The C symbol; empty means the Java method's name. */
    String value() default "";

    /** True for C functions declared with {@code ...} (printf, snprintf): sets {@code al} before the call. */
    boolean variadic() default false;
}
