package app;

/** Package-private helper in the main class's package. */
class Helper {
    static int calls;

    static String describe(int v) {
        calls++;
        return "value " + v + " (call " + calls + ", parity " + (v % 2 == 0 ? "even" : "odd") + ")";
    }
}
