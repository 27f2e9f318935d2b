package ostoo.shim.lang;

import ostoo.rt.annotation.JdkClass;

/** {@code java.lang.Number}: the boxes of the numeric primitives extend it. */
@JdkClass("java.lang.Number")
public abstract class Number {
    public Number() { }

    public abstract int intValue();
    public abstract long longValue();
    public abstract float floatValue();
    public abstract double doubleValue();
    public byte byteValue() { return (byte) intValue(); }
    public short shortValue() { return (short) intValue(); }
}
