/**
 * Enum initialization caused by switches, as javac compiles them: the first enum switch executed in a top-level class
 * initializes every enum that class switches on anywhere (through javac's $SwitchMap class), before the selector is
 * evaluated, in the reverse of the source order of their first switches; another top-level class has its own map.
 */
public class EnumSwitchInitOrder {
    enum Alpha { X, Y; static { System.out.println("Alpha clinit"); } }
    enum Beta { P, Q; static { System.out.println("Beta clinit"); } }
    enum Gamma { G; static { System.out.println("Gamma clinit"); } }
    enum Delta { D; static { System.out.println("Delta clinit"); } }
    enum Unswitched { U; static { System.out.println("Unswitched clinit (when first used)"); } }

    static String onBeta(Beta b) {
        switch (b) {
            case P: return "P";
            default: return "not P";
        }
    }

    static int onGamma(Gamma g) { return switch (g) { case G -> 1; }; }

    static class Nested {
        static String onDelta(Delta d) { return switch (d) { default -> "delta " + d; }; }
    }

    static Alpha pickAlpha() {
        System.out.println("pickAlpha runs");
        return Alpha.Y;
    }

    public static void main(String[] args) {
        System.out.println("main");
        switch (pickAlpha()) {
            case X -> System.out.println("X");
            case Y -> System.out.println("Y");
        }
        System.out.println(onBeta(Beta.Q) + " " + onGamma(Gamma.G) + " " + Nested.onDelta(Delta.D));
        System.out.println(Unswitched.U);
        Elsewhere.run();
    }

    static String again(Beta b) { return switch (b) { case P -> "p"; case Q -> "q"; }; }
}

class Elsewhere {
    enum Local { L; static { System.out.println("Elsewhere.Local clinit"); } }

    static Local make() {
        System.out.println("make runs");
        return Local.L;
    }

    static void run() {
        System.out.println("Elsewhere.run");
        switch (make()) {
            case L -> System.out.println("L");
        }
        switch (EnumSwitchInitOrder.Beta.P) {
            case P -> System.out.println("P again");
            default -> System.out.println("other");
        }
    }
}
