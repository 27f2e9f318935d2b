package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which runtime tier a class belongs to. On the program's main class it chooses the tier of the build
 * ({@code @Tier(Tier.LIBC)}; the command line's {@code --tier} wins). On a runtime class it means the class
 * exists only in that tier (the compiler ignores it in the other one), so each tier has its own
 * {@code _start} and allocator.
 * <ul>
 *   <li>{@link #FREESTANDING} (default): no libc; ostoo-rt talks to the kernel with raw syscalls.</li>
 *   <li>{@link #LIBC}: linked with musl's {@code libc.a}; start-up through {@code __libc_start_main},
 *       memory from malloc, output through musl, and {@link CFunction}s can be called.</li>
 * </ul>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Tier {
    String FREESTANDING = "freestanding";
    String LIBC = "libc";

    /** {@link #FREESTANDING} or {@link #LIBC}. */
    String value();
}
