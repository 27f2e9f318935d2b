package game;

class Alpha {
    static int a = 1;

    static {
        System.out.println("Alpha init begins, a=" + a);
        a = Beta.b + 10;
        System.out.println("Alpha init ends, a=" + a);
    }
}
