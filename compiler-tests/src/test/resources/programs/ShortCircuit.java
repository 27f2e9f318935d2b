/** && and || evaluate their right operand only when needed; side effects show the order. */
public class ShortCircuit {
    static int calls;

    static boolean say(String name, boolean v) {
        calls++;
        System.out.print(name + " ");
        return v;
    }

    static int tick(int v) {
        System.out.print("tick" + v + " ");
        return v;
    }

    public static void main(String[] args) {
        boolean r;
        r = say("a", false) && say("b", true);
        System.out.println("-> " + r);
        r = say("a", true) && say("b", false);
        System.out.println("-> " + r);
        r = say("a", true) || say("b", false);
        System.out.println("-> " + r);
        r = say("a", false) || say("b", true);
        System.out.println("-> " + r);
        r = say("a", false) || say("b", false) && say("c", true);
        System.out.println("-> " + r);
        r = (say("a", true) || say("b", true)) && say("c", false);
        System.out.println("-> " + r);
        r = say("a", true) & say("b", false);
        System.out.println("non-short & -> " + r);
        r = say("a", true) | say("b", false);
        System.out.println("non-short | -> " + r);
        r = say("a", true) ^ say("b", true);
        System.out.println("^ -> " + r);
        r = !say("a", false) && !say("b", true) || say("c", true);
        System.out.println("-> " + r);
        if (say("x", false) && say("y", true)) System.out.println("then");
        else System.out.println("else");
        if (say("x", true) || say("y", true)) System.out.println("then");
        int n = 0;
        while (n < 5 && say("w" + n, n % 2 == 0 || n == 3)) n++;
        System.out.println("n " + n);
        int v = tick(1) > 0 && tick(2) > 5 ? tick(3) : tick(4);
        System.out.println("v " + v);
        int d = 0;
        boolean safe = d != 0 && 10 / d > 1;
        System.out.println("guarded division " + safe);
        boolean safe2 = d == 0 || 10 / d > 1;
        System.out.println("guarded division 2 " + safe2);
        boolean nested = (tick(1) == 1 || tick(2) == 2) && (tick(3) == 0 || tick(4) == 4);
        System.out.println("nested " + nested);
        System.out.println("calls " + calls);
    }
}
