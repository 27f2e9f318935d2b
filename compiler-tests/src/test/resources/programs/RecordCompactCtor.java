/** Compact canonical constructors normalise their parameters before the fields are assigned. */
public class RecordCompactCtor {
    record Range(int lo, int hi) {
        static int normalised;
        Range {
            if (lo > hi) {              // swap: the fields get the parameters' final values
                int t = lo;
                lo = hi;
                hi = t;
                normalised++;
            }
        }
        Range(int single) { this(single, single); }
        int length() { return hi - lo; }
    }
    record Name(String first, String last) {
        Name {
            first = first == null ? "?" : first.strip();
            last = last == null ? "?" : last.strip().toUpperCase();
        }
        String full() { return first + " " + last; }
    }
    record Clamped(int value, int max) {
        public Clamped {
            max = Math.max(max, 0);
            value = Math.min(Math.max(value, 0), max);
            System.out.println("clamping to " + value + " of " + max);
        }
    }
    record Fraction(long num, long den) {
        Fraction {
            long a = Math.abs(num), b = Math.abs(den);
            while (b != 0) { long t = a % b; a = b; b = t; }
            if (a == 0) a = 1;
            if (den < 0) { num = -num; den = -den; }
            num /= a;
            den /= a;
        }
        Fraction times(Fraction o) { return new Fraction(num * o.num, den * o.den); }
    }

    public static void main(String[] args) {
        Range r = new Range(9, 2);
        System.out.println(r + " " + r.length() + " " + new Range(1, 5) + " " + new Range(4) + " " + Range.normalised);
        System.out.println(new Range(5, 1).equals(new Range(1, 5)) + " " + (new Range(5, 1).hashCode() == new Range(1, 5).hashCode()));
        Name n = new Name("  ada ", " lovelace");
        System.out.println(n + " / " + n.full() + " / " + new Name(null, null));
        System.out.println(new Clamped(50, 10) + " " + new Clamped(-5, 10) + " " + new Clamped(3, -1));
        Fraction f = new Fraction(6, -8).times(new Fraction(2, 3));
        System.out.println(f + " " + f.equals(new Fraction(-1, 2)) + " " + f.hashCode() + " " + new Fraction(0, 5));
    }
}
