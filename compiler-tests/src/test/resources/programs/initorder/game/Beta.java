package game;

class Beta {
    static int seenAlpha;
    static int b;

    static {
        System.out.println("Beta init begins");
        seenAlpha = Alpha.a;
        b = seenAlpha + 5;
        System.out.println("Beta init ends, b=" + b);
    }
}
