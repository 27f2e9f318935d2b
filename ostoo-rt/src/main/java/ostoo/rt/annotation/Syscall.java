package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares a {@code static native} method as one inline `syscall` instruction with number {@link #value()}: its arguments go to rdi, rsi, rdx, r10, r8, r9 (ints sign-extended), the raw result (negative errno on failure) comes back in rax. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Syscall {
    /** The Linux/ostoo syscall number. */
    long value();
}
