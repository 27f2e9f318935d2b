public class DefaultMethods {
    interface Greeter {
        String name();
        default String greet() { return "Hello, " + name() + suffix(); }
        default String suffix() { return "!"; }
    }
    interface Polite extends Greeter {
        default String greet() { return "Good day, " + name() + suffix(); }
    }
    interface Loud extends Greeter {
        default String suffix() { return "!!!"; }
    }
    interface Quiet {
        default String suffix() { return "."; }
    }
    static class Plain implements Greeter {
        public String name() { return "plain"; }
    }
    static class Both implements Polite, Loud {
        public String name() { return "both"; }
    }
    static class Override implements Polite {
        public String name() { return "override"; }
        public String greet() { return "Yo " + Polite.super.greet(); }
    }
    static class Base {
        public String suffix() { return "?"; }
    }
    static class ClassWins extends Base implements Loud {
        public String name() { return "classwins"; }
    }
    static class Resolved implements Loud, Quiet {
        public String name() { return "resolved"; }
        public String suffix() { return Quiet.super.suffix() + Loud.super.suffix(); }
    }
    static class Sub extends Plain implements Loud { }
    static class SubSub extends Sub {
        public String suffix() { return "~"; }
    }
    interface Counter {
        int step();
        default int advance(int x) { return x + step(); }
        default int twice(int x) { return advance(advance(x)); }
    }
    static class By3 implements Counter { public int step() { return 3; } }
    static class By3Twice extends By3 { public int advance(int x) { return x + 2 * step(); } }

    public static void main(String[] args) {
        Greeter[] gs = { new Plain(), new Both(), new Override(), new ClassWins(), new Resolved(), new Sub(), new SubSub() };
        for (Greeter g : gs) System.out.println(g.greet() + " / " + g.suffix());
        Plain p = new SubSub();
        System.out.println(p.greet() + " " + p.suffix());
        Sub s = new Sub();
        System.out.println(s.greet() + " " + s.suffix());
        Loud l = new ClassWins();
        System.out.println(l.suffix() + " " + new ClassWins().suffix());
        Counter c = new By3();
        Counter d = new By3Twice();
        System.out.println(c.twice(1) + " " + d.twice(1) + " " + new By3Twice().twice(10));
    }
}
