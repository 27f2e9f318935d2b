package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Rust's `#[global_allocator]`: a {@code static long (long size, long align)} method returning the address of fresh zeroed memory. {@link ostoo.rt.Mem#allocate} and compiler-generated allocations call it. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GlobalAllocator {}
