class Statics {
    static int calls;
    static final String NAME = "st" + 'a' + 1;
    static long big = 1L << 40;
    static int computed = twice(21);
    static int twice(int x) { calls++; return 2 * x; }
    static class Other {
        static int value = Statics.twice(5);
    }
    static int main() { return computed + Other.value + NAME.length(); }
}
