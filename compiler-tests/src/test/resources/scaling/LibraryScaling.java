import java.util.Arrays;

import ostoo.rt.Mem;
import ostoo.rt.Sys;

/**
 * One library routine of the shim run once on an input of size n, for {@code LibraryScalingTest}:
 * {@code ./scaling <routine> <n>} prints {@code bytes <B> cpu <ns> check <c>}: the bytes the routine
 * (and the building of its input, linear everywhere) allocated, exact because the freestanding heap is a
 * bump allocator that never frees (the distance between two fresh 8-byte blocks), the process CPU time
 * it took (clock_gettime(CLOCK_PROCESS_CPUTIME_ID)), and a checksum of its result so that no work is
 * optimized away. {@code ./scaling list} prints the routines' names. Uses the runtime's raw API: not for
 * the JVM (the differential programs check what these routines compute).
 */
public class LibraryScaling {
    static final String[] ROUTINES = {
        "Arrays.toString(int[])", "Arrays.toString(long[])", "Arrays.toString(short[])", "Arrays.toString(byte[])",
        "Arrays.toString(char[])", "Arrays.toString(boolean[])", "Arrays.toString(double[])", "Arrays.toString(float[])",
        "Arrays.toString(String[])", "Arrays.toString(Object[])", "Arrays.deepToString", "Arrays.deepEquals",
        "Arrays.deepHashCode", "Arrays.equals/hashCode", "Arrays.copyOf doubling", "Arrays.sort", "Arrays.binarySearch",
        "String.join", "String.repeat", "String.replace(String)", "String.replace(\"\")", "String.replace(char)",
        "String.split", "String.toUpperCase", "String.toLowerCase", "String.concat", "String.indexOf scan",
        "String.lastIndexOf scan", "String.substring", "String.trim/strip", "String.isBlank", "String.equals/compareTo/hashCode",
        "String.toCharArray/new String", "StringBuilder.append(char)", "StringBuilder.append(String)",
        "StringBuilder.append(int)", "StringBuilder.insert at end", "StringBuilder.indexOf scan",
        "StringBuilder.deleteCharAt at end", "StringBuilder.reverse/toString", "Integer.toString",
        "Long.toString", "Double.toString", "Integer.parseInt"};

    public static void main(String[] args) {
        if (args[0].equals("list")) {
            for (String r : ROUTINES) System.out.println(r);
            return;
        }
        int n = Integer.parseInt(args[1]);
        long[] clock = new long[2];
        long before = Mem.allocate(8), t0 = cpuNanos(clock);
        long check = run(args[0], n);
        long t1 = cpuNanos(clock), after = Mem.allocate(8);
        System.out.println("bytes " + (after - before) + " cpu " + (t1 - t0) + " check " + check);
    }

    /** clock_gettime(CLOCK_PROCESS_CPUTIME_ID) into {@code ts} (seconds, nanoseconds), in nanoseconds. */
    static long cpuNanos(long[] ts) {
        Sys.syscall2(228, 2, Mem.addressOf(ts) + 16);
        return ts[0] * 1000000000L + ts[1];
    }

    /** A string of n chars: words of 1 to 8 letters separated by commas, some upper case, a space every 100. */
    static String text(int n) {
        char[] a = new char[n];
        for (int i = 0; i < n; i++) a[i] = i % 9 == 8 ? ',' : i % 100 == 50 ? ' ' : (char) ((i % 7 == 0 ? 'A' : 'a') + i % 26);
        return new String(a);
    }

    static String[] words(int n) {
        String[] w = new String[n];
        for (int i = 0; i < n; i++) w[i] = i % 3 == 0 ? "w" + i : i % 3 == 1 ? "\u00e9" : "x\u0101";
        return w;
    }

    static int[][] matrix(int n) {
        int[][] m = new int[n / 8][8];
        for (int i = 0; i < m.length; i++) for (int j = 0; j < 8; j++) m[i][j] = i * j;
        return m;
    }

    static long run(String routine, int n) {
        switch (routine) {
            case "Arrays.toString(int[])": {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = i * 7919;
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.toString(long[])": {
                long[] a = new long[n];
                for (int i = 0; i < n; i++) a[i] = i * 7919L * 65537L;
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.toString(short[])": {
                short[] a = new short[n];
                for (int i = 0; i < n; i++) a[i] = (short) (i * 31);
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.toString(byte[])": {
                byte[] a = new byte[n];
                for (int i = 0; i < n; i++) a[i] = (byte) i;
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.toString(char[])": {
                return Arrays.toString(text(n).toCharArray()).hashCode();
            }
            case "Arrays.toString(boolean[])": {
                boolean[] a = new boolean[n];
                for (int i = 0; i < n; i++) a[i] = i % 3 == 0;
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.toString(double[])": {
                double[] a = new double[n];
                for (int i = 0; i < n; i++) a[i] = i / 7.0;
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.toString(float[])": {
                float[] a = new float[n];
                for (int i = 0; i < n; i++) a[i] = i / 7.0f;
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.toString(String[])": return Arrays.toString(words(n)).hashCode();
            case "Arrays.toString(Object[])": {
                Object[] a = new Object[n];
                String[] w = words(n);
                for (int i = 0; i < n; i++) a[i] = w[i];
                return Arrays.toString(a).hashCode();
            }
            case "Arrays.deepToString": return Arrays.deepToString(matrix(n)).hashCode();
            case "Arrays.deepEquals": return Arrays.deepEquals(matrix(n), matrix(n)) ? 1 : 0;
            case "Arrays.deepHashCode": return Arrays.deepHashCode(matrix(n));
            case "Arrays.equals/hashCode": {
                int[] a = new int[n], b = new int[n];
                for (int i = 0; i < n; i++) a[i] = b[i] = i;
                return Arrays.hashCode(a) + (Arrays.equals(a, b) ? 1 : 0);
            }
            case "Arrays.copyOf doubling": {
                int[] a = new int[1];
                for (int i = 0; i < n; i++) {
                    if (i == a.length) a = Arrays.copyOf(a, 2 * a.length);
                    a[i] = i;
                }
                return a[n - 1];
            }
            case "Arrays.sort": {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = i * 40503 ^ (i >>> 3);
                Arrays.sort(a);
                return a[n / 2];
            }
            case "Arrays.binarySearch": {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) a[i] = 2 * i;
                long found = 0;
                for (int i = 0; i < n; i++) found += Arrays.binarySearch(a, i);
                return found;
            }
            case "String.join": return String.join(", ", words(n)).hashCode();
            case "String.repeat": return "ab\u0101".repeat(n).hashCode();
            case "String.replace(String)": return text(n).replace(",", "<>").hashCode();
            case "String.replace(\"\")": return text(n).replace("", "-").hashCode();
            case "String.replace(char)": return text(n).replace(',', ';').hashCode();
            case "String.split": return text(n).split(",").length;
            case "String.toUpperCase": return text(n).toUpperCase().hashCode();
            case "String.toLowerCase": return text(n).toLowerCase().hashCode();
            case "String.concat": return text(n).concat(text(n)).hashCode();
            case "String.indexOf scan": {
                String s = text(n);
                long found = 0;
                for (int i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) found += i;
                for (int i = s.indexOf(",a"); i >= 0; i = s.indexOf(",a", i + 1)) found += i;
                return found;
            }
            case "String.lastIndexOf scan": {
                String s = text(n);
                long found = 0;
                for (int i = s.lastIndexOf(','); i >= 0; i = s.lastIndexOf(',', i - 1)) found += i;
                for (int i = s.lastIndexOf(",a"); i >= 0; i = s.lastIndexOf(",a", i - 1)) found += i;
                return found;
            }
            case "String.substring": {
                String s = text(n);
                long sum = 0;
                for (int i = 0; i + 4 <= n; i++) sum += s.substring(i, i + 4).hashCode();
                return sum;
            }
            case "String.trim/strip": {
                String s = " ".repeat(n) + "x" + " ".repeat(n);
                return s.trim().length() + s.strip().length() + s.stripLeading().length() + s.stripTrailing().length() + (s.isBlank() ? 1 : 0);
            }
            case "String.isBlank": {
                String s = " ".repeat(n);
                long blank = 0;
                for (int i = 0; i < 16; i++) blank += s.isBlank() ? 1 : 0;   // each call reads n chars and keeps nothing
                return blank;
            }
            case "String.equals/compareTo/hashCode": {
                String a = text(n), b = text(n);
                return (a.equals(b) ? 1 : 0) + a.compareTo(b) + a.hashCode() + a.compareToIgnoreCase(b) + (a.equalsIgnoreCase(b) ? 1 : 0);
            }
            case "String.toCharArray/new String": {
                char[] a = text(n).toCharArray();
                return new String(a).hashCode() + String.valueOf(a).length();
            }
            case "StringBuilder.append(char)": {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) b.append((char) ('a' + i % 26));
                return b.toString().hashCode();
            }
            case "StringBuilder.append(String)": {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) b.append(i % 2 == 0 ? "ab" : "\u0101");
                return b.toString().hashCode();
            }
            case "StringBuilder.append(int)": {
                StringBuilder b = new StringBuilder(0);
                for (int i = 0; i < n; i++) b.append(i);
                return b.length();
            }
            case "StringBuilder.insert at end": {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) b.insert(b.length(), i % 10);
                return b.toString().hashCode();
            }
            case "StringBuilder.indexOf scan": {
                StringBuilder b = new StringBuilder(text(n));
                long found = 0;
                for (int i = b.indexOf(","); i >= 0; i = b.indexOf(",", i + 1)) found += i;
                for (int i = b.lastIndexOf(","); i >= 0; i = b.lastIndexOf(",", i - 1)) found += i;
                return found;
            }
            case "StringBuilder.deleteCharAt at end": {
                StringBuilder b = new StringBuilder(text(n));
                long sum = 0;
                while (b.length() > 0) {
                    sum += b.charAt(b.length() - 1);
                    b.deleteCharAt(b.length() - 1);
                }
                b.setLength(n);
                return sum + b.length();
            }
            case "StringBuilder.reverse/toString": {
                StringBuilder b = new StringBuilder(text(n));
                return b.reverse().toString().hashCode() + b.substring(n / 2).length();
            }
            case "Integer.toString": {
                long sum = 0;
                for (int i = 0; i < n; i++) sum += Integer.toString(i * 7919).length() + Integer.toHexString(i).length() + String.valueOf(i).length();
                return sum;
            }
            case "Long.toString": {
                long sum = 0;
                for (int i = 0; i < n; i++) sum += Long.toString(i * 7919L * 65537L).length() + Long.toBinaryString(i).length();
                return sum;
            }
            case "Double.toString": {
                long sum = 0;
                for (int i = 0; i < n; i++) sum += Double.toString(i / 7.0).length() + Float.toString(i / 7.0f).length();
                return sum;
            }
            case "Integer.parseInt": {
                long sum = 0;
                for (int i = 0; i < n; i++) sum += Integer.parseInt(String.valueOf(i)) + Long.parseLong("-" + i);
                return sum;
            }
            default:
                System.out.println("unknown routine " + routine);
                System.exit(2);
                return 0;
        }
    }
}
