package ostooc.frontend.model;

/**
 * The ostoo-rt annotations ({@code ostoo.rt.annotation.*}) found on a method. {@code syscall} is null
 * without {@code @Syscall}; {@code export} is null without {@code @Export}; {@code cFunction} is the C
 * symbol of a {@code @CFunction} (null without one), {@code variadic} its {@code variadic} attribute.
 */
public record Annotations(boolean entryPoint, boolean naked, String export, Long syscall, boolean noReturn,
                          boolean panicHandler, boolean globalAllocator, boolean intrinsic, String cFunction, boolean variadic) {
    public static final Annotations NONE = new Annotations(false, false, null, null, false, false, false, false, null, false);
}
