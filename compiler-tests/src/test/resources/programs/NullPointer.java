public class NullPointer {
    int v = 3;
    int get() { return v; }
    static NullPointer pick(NullPointer a, boolean keep) { return keep ? a : null; }
    public static void main(String[] args) {
        NullPointer a = new NullPointer();
        System.out.println(a.get());
        NullPointer b = pick(a, false);
        System.out.println("before");
        System.out.println(b.get());
        System.out.println("not reached");
    }
}
