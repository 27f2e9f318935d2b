/**
 * Static initialization order: the main class first, then each class on its first active use (a static
 * method call, a read or write of a non-constant static field), never for a compile-time constant.
 */
public class StaticInit {
    static int a = trace("StaticInit.a", 1);
    static int b;
    static long c = a * 1000L + 7;

    static {
        System.out.println("StaticInit static block, a=" + a + " b=" + b + " c=" + c);
        b = a + 41;
    }

    static String d = "d:" + b;

    static int trace(String what, int v) {
        System.out.println("init " + what + " = " + v);
        return v;
    }

    public static void main(String[] args) {
        System.out.println("main starts, d=" + d);
        System.out.println("constant " + Lazy.CONSTANT + " " + Lazy.NAME);
        System.out.println("before first use");
        System.out.println("Lazy.value " + Lazy.value);
        System.out.println("Lazy.value again " + Lazy.value);
        Other.bump();
        Other.bump();
        System.out.println("Other.count " + Other.count);
        Writer.field = 5;
        System.out.println("Writer.field " + Writer.field);
        System.out.println("Chain.value " + Chain.value);
        System.out.println("Defaults: " + Defaults.i + " " + Defaults.l + " " + Defaults.z + " " + (int) Defaults.c + " "
                + Defaults.s + " " + Defaults.b + " " + Defaults.str);
        System.out.println("end");
    }
}

class Lazy {
    static final int CONSTANT = 6 * 7;
    static final String NAME = "lazy";
    static int value = StaticInit.trace("Lazy.value", 99);

    static {
        System.out.println("Lazy static block, value=" + value);
        value++;
    }
}

class Other {
    static int count;

    static {
        System.out.println("Other static block");
        count = 10;
    }

    static void bump() {
        count++;
        System.out.println("bump -> " + count);
    }
}

class Writer {
    static int field = 1;

    static {
        System.out.println("Writer static block, field=" + field);
    }
}

class Chain {
    static int value = Link.get() + 1;

    static {
        System.out.println("Chain static block, value=" + value);
    }
}

class Link {
    static int base;

    static {
        System.out.println("Link static block");
        base = 100;
    }

    static int get() {
        System.out.println("Link.get");
        return base * 2;
    }
}

class Defaults {
    static int i;
    static long l;
    static boolean z;
    static char c;
    static short s;
    static byte b;
    static String str;
}
