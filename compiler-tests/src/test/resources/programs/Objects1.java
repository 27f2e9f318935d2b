public class Objects1 {
    static int created;
    int x = 5;
    long big;
    String name;
    boolean flag = true;
    char c = 'q';
    Objects1 next;
    { created++; big = 1L << 40; }

    Objects1() { this("anon"); }
    Objects1(String name) { this.name = name; }
    Objects1(String name, int x) { this(name); this.x = x; }

    int sum() { return x + (next == null ? 0 : next.sum()); }
    void bump(int by) { x += by; big++; }
    Objects1 link(Objects1 n) { next = n; return this; }
    static Objects1 make(int x) { return new Objects1("m" + x, x); }

    public static void main(String[] args) {
        Objects1 a = new Objects1();
        Objects1 b = new Objects1("bee", 7);
        Objects1 c = make(11);
        a.link(b).next.link(c);
        System.out.println(a.name + " " + a.x + " " + a.big + " " + a.flag + " " + a.c);
        System.out.println(b.name + " " + b.x + " " + c.name + " " + c.x);
        System.out.println("sum " + a.sum() + " created " + created);
        a.bump(3); a.x++; a.x *= 2; a.next.x -= 1;
        System.out.println(a.x + " " + a.big + " " + a.sum());
        System.out.println(a == b);
        System.out.println(a.next == b);
        System.out.println(c.next == null);
        Objects1 d = null;
        System.out.println(d == null);
    }
}
