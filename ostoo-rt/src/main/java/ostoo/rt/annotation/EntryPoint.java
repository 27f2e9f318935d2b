package ostoo.rt.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The process entry (ELF `e_entry`): exactly one method of the program, normally the runtime's naked {@code _start}. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface EntryPoint {}
