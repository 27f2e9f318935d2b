public class LocalClasses {
    int scale = 3;

    int run(int n) {
        int bias = 2;
        class Acc {
            int total;
            Acc(int start) { total = start; }
            Acc() { this(bias); }
            void add(int x) { total += x * scale + bias; }
        }
        Acc a = new Acc();
        for (int i = 0; i < n; i++) a.add(i);
        Acc b = new Acc(10);
        b.add(n);
        return a.total + b.total;
    }

    static String greet(String who) {
        String prefix = "hi ";
        class Greeter {
            String say() { return prefix + who; }
        }
        class Plain {
            String say() { return "plain"; }
        }
        class Loud extends Plain {
            String say() { return super.say() + "!" + who.length(); }
        }
        Plain g = new Loud();
        return g.say() + " " + new Greeter().say();
    }

    public static void main(String[] args) {
        LocalClasses l = new LocalClasses();
        System.out.println(l.run(4));
        l.scale = 1;
        System.out.println(l.run(2));
        System.out.println(greet("bob"));
        System.exit(l.run(1) % 50);
    }
}
