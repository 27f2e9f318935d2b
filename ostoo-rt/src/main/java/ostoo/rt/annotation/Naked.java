package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rust's `#[naked]`: the method has no prologue or epilogue; its body is only {@link ostoo.rt.asm.Asm} calls, each becoming one machine instruction. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Naked {}
