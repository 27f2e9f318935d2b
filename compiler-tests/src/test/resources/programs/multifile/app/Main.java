package app;

import app.util.MathUtil;
import lib.Counter;

import static app.util.MathUtil.square;

/** Several files and packages: static calls and fields across packages, static imports, same-named methods. */
public class Main {
    static int local = 3;

    static int square(long x) { return -1; }

    public static void main(String[] args) {
        System.out.println("main in package app");
        System.out.println("square(7) = " + MathUtil.square(7));
        System.out.println("cube(-3) = " + MathUtil.cube(-3));
        System.out.println("gcd(84, 36) = " + MathUtil.gcd(84, 36));
        System.out.println("statically imported " + MathUtil.TWICE_LIMIT + " " + square(5L));
        for (int i = 0; i < 3; i++) Counter.hit();
        System.out.println("Counter.hits = " + Counter.hits + ", Counter.name = " + Counter.name);
        Counter.hits += local;
        System.out.println("Counter.total() = " + Counter.total());
        System.out.println("Helper.describe = " + Helper.describe(42));
        System.out.println("lib.Counter.PREFIX = " + lib.Counter.PREFIX);
    }
}
