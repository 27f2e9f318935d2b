public class PairDemo {
    static class Pair<A, B> {
        final A first;
        final B second;
        Pair(A first, B second) { this.first = first; this.second = second; }
        A first() { return first; }
        B second() { return second; }
        @Override public String toString() { return "(" + first + ", " + second + ")"; }
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("answer", 42);
        System.out.println(p + " " + p.first().length() + " " + (p.second() + 1));
    }
}
