package ostooc.frontend.lower;

/**
 * Minimal descriptors of the classes arrays refer to ({@code java.lang.Object.class} as every array's
 * super, {@code java.lang.String.class} as a component), with the real layout and names but no vtable.
 * A placeholder: once classes get their own descriptors (issue 3, objects), {@link #of} should return
 * those and this class disappears.
 */
final class ClassDescriptorStubs {
    private final ArrayDescriptors out;

    ClassDescriptorStubs(ArrayDescriptors out) { this.out = out; }

    /** The descriptor symbol of the class {@code binaryName}, emitted on first use. */
    String of(String binaryName) {
        String name = binaryName + ".class";
        if (out.hasDescriptor(name)) return name;
        boolean object = binaryName.equals("java.lang.Object");
        String superSymbol = object ? null : of("java.lang.Object");
        // +40 instance size: the header only for Object; String's fixed part (header, length, hash)
        long size = object ? 8 : binaryName.equals("java.lang.String") ? 16 : 8;
        if (!out.hasDescriptor(name)) out.write(name, binaryName, superSymbol, 0, object ? 0 : 1, null, size);
        return name;
    }
}
