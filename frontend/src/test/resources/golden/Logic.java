class Logic {
    static boolean between(int x, int lo, int hi) { return x >= lo && x <= hi || x == -1; }
    static byte narrow(long v, int d) {
        byte b = (byte) v;
        b += 1;
        b++;
        return (byte) (b / d);
    }
    static int main() { return between(3, 1, 5) ? narrow(300L, 2) : 0; }
}
