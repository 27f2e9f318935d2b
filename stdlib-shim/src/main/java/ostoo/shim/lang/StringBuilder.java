package ostoo.shim.lang;

import ostoo.rt.Panic;
import ostoo.rt.StringUnits;
import ostoo.rt.annotation.JdkClass;
import ostoo.shim.Characters;
import ostoo.shim.DoubleToString;
import ostoo.shim.StringChars;
import ostoo.shim.Strings;

/**
 * {@code java.lang.StringBuilder}. A growable char[]
 * and a count, as in the JDK (capacity doubles plus two); the receiver is returned for chaining. Errors
 * carry the JDK's StringIndexOutOfBoundsException messages.
 */
@JdkClass("java.lang.StringBuilder")
public final class StringBuilder {
    private char[] value;
    private int count;

    public StringBuilder() { value = new char[16]; }

    public StringBuilder(int capacity) {
        if (capacity < 0) Panic.panic("java.lang.NegativeArraySizeException: " + capacity, "new StringBuilder");
        value = new char[capacity];
    }

    public StringBuilder(String s) {
        if (s == null) StringChars.nullPointer("new StringBuilder");
        value = new char[StringChars.length(s) + 16];
        append(s);
    }

    /** The JDK's {@code StringBuilder(CharSequence)} for the one CharSequence besides String the library has. */
    public StringBuilder(StringBuilder b) {
        if (b == null) StringChars.nullPointer("new StringBuilder");
        value = new char[b.count + 16];
        append(b);
    }

    public int length() { return count; }

    public String toString() { return StringUnits.of(value, 0, count); }

    public StringBuilder append(String s) {
        if (s == null) s = "null";
        int n = StringChars.length(s);
        ensure(count + n);
        StringChars.copyTo(s, value, count);
        count += n;
        return this;
    }

    public StringBuilder append(char c) {
        ensure(count + 1);
        value[count++] = c;
        return this;
    }

    public StringBuilder append(char[] a) {
        ensure(count + a.length);
        for (int i = 0; i < a.length; i++) value[count++] = a[i];
        return this;
    }

    public StringBuilder append(StringBuilder b) {
        if (b == null) return append("null");
        ensure(count + b.count);
        for (int i = 0; i < b.count; i++) value[count + i] = b.value[i];   // b may be this: read before count moves
        count += b.count;
        return this;
    }

    public StringBuilder append(int v) { return append(Strings.valueOf(v)); }
    public StringBuilder append(long v) { return append(Strings.valueOf(v)); }
    public StringBuilder append(boolean v) { return append(v ? "true" : "false"); }
    public StringBuilder append(double v) { return append(DoubleToString.toString(v)); }
    public StringBuilder append(float v) { return append(DoubleToString.toString(v)); }
    public StringBuilder append(Object o) { return append(Strings.valueOf(o)); }

    public StringBuilder insert(int offset, String s) {
        if (offset < 0 || offset > count) Panic.panic(StringChars.SIOOBE + "offset " + offset + ", length " + count, "StringBuilder.insert");
        if (s == null) s = "null";
        int n = StringChars.length(s);
        ensure(count + n);
        for (int i = count - 1; i >= offset; i--) value[i + n] = value[i];
        StringChars.copyTo(s, value, offset);
        count += n;
        return this;
    }

    public StringBuilder insert(int offset, char c) { return insert(offset, Strings.valueOf(c)); }
    public StringBuilder insert(int offset, int v) { return insert(offset, Strings.valueOf(v)); }
    public StringBuilder insert(int offset, long v) { return insert(offset, Strings.valueOf(v)); }
    public StringBuilder insert(int offset, boolean v) { return insert(offset, Strings.valueOf(v)); }
    public StringBuilder insert(int offset, double v) { return insert(offset, DoubleToString.toString(v)); }
    public StringBuilder insert(int offset, float v) { return insert(offset, DoubleToString.toString(v)); }
    public StringBuilder insert(int offset, Object o) { return insert(offset, Strings.valueOf(o)); }

    public char charAt(int index) {
        checkIndex(index, "StringBuilder.charAt");
        return value[index];
    }

    public void setCharAt(int index, char c) {
        checkIndex(index, "StringBuilder.setCharAt");
        value[index] = c;
    }

    public StringBuilder deleteCharAt(int index) {
        checkIndex(index, "StringBuilder.deleteCharAt");
        return delete(index, index + 1);
    }

    /** Removes {@code [start, end)}; an end past the length means the length. */
    public StringBuilder delete(int start, int end) {
        if (end > count) end = count;
        if (start < 0 || start > end) Panic.panic(StringChars.SIOOBE + "start " + start + ", end " + end + ", length " + count, "StringBuilder.delete");
        int n = end - start;
        for (int i = end; i < count; i++) value[i - n] = value[i];
        count -= n;
        return this;
    }

    public StringBuilder replace(int start, int end, String s) {
        if (end > count) end = count;
        if (start < 0 || start > count || start > end)
            Panic.panic(StringChars.SIOOBE + "start " + start + ", end " + end + ", length " + count, "StringBuilder.replace");
        delete(start, end);
        return insert(start, s);
    }

    /** Grows with zero chars or truncates. */
    public void setLength(int n) {
        if (n < 0) Panic.panic(StringChars.SIOOBE + "String index out of range: " + n, "StringBuilder.setLength");
        ensure(n);
        for (int i = count; i < n; i++) value[i] = '\0';
        count = n;
    }

    /** Reverses the chars, then puts each surrogate pair that came out low-high back in order, as the JDK does. */
    public StringBuilder reverse() {
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char t = value[i];
            value[i] = value[j];
            value[j] = t;
        }
        for (int i = 0; i < count - 1; i++) {
            if (Characters.isLowSurrogate(value[i]) && Characters.isHighSurrogate(value[i + 1])) {
                char t = value[i];
                value[i] = value[i + 1];
                value[i + 1] = t;
                i++;
            }
        }
        return this;
    }

    /*
     * Searching reads the chars in place, with String's answers at the edges (StringSearch): a copy of
     * the builder per call would make a scan with a moving {@code from} quadratic, in time and memory.
     */
    public int indexOf(String s) { return indexOf(s, 0); }

    public int indexOf(String s, int from) {
        int m = StringChars.length(s);
        if (from >= count) return m == 0 ? count : -1;
        for (int i = from < 0 ? 0 : from; i <= count - m; i++) if (occursAt(i, s, m)) return i;
        return -1;
    }

    public int lastIndexOf(String s) { return lastIndexOf(s, count); }

    public int lastIndexOf(String s, int from) {
        int m = StringChars.length(s);
        for (int i = from > count - m ? count - m : from; i >= 0; i--) if (occursAt(i, s, m)) return i;
        return -1;
    }

    /** Whether the {@code m} chars of {@code s} are at {@code i} (which leaves room for them). */
    private boolean occursAt(int i, String s, int m) {
        for (int j = 0; j < m; j++) if (value[i + j] != StringUnits.at(s, j)) return false;
        return true;
    }

    public String substring(int start) { return substring(start, count); }

    public String substring(int start, int end) {
        if (start < 0 || start > end || end > count)
            Panic.panic(StringChars.SIOOBE + "start " + start + ", end " + end + ", length " + count, "StringBuilder.substring");
        return StringUnits.of(value, start, end - start);
    }

    public boolean isEmpty() { return count == 0; }

    private void checkIndex(int index, String where) {
        if (index < 0 || index >= count) Panic.panic(StringChars.SIOOBE + "index " + index + ", length " + count, where);
    }

    /** Room for {@code n} chars: the JDK's growth, twice plus two, or exactly {@code n} when that is more. */
    private void ensure(int n) {
        if (n <= value.length) return;
        int grown = value.length * 2 + 2;
        char[] a = new char[grown < n ? n : grown];
        for (int i = 0; i < count; i++) a[i] = value[i];
        value = a;
    }
}
