package game;

/**
 * Class initialization across files: triggered by the first static call or non-constant field access,
 * in that order, with a cycle (Alpha's static block reads Beta, whose initializer reads Alpha.a while
 * Alpha is still being initialized: it sees the value assigned so far, not the final one).
 */
public class Main {
    static {
        System.out.println("Main init");
    }

    public static void main(String[] args) {
        System.out.println("main begins");
        System.out.println("Config.VERSION " + Config.VERSION);
        System.out.println("Config.level " + Config.level);
        System.out.println("Alpha.a " + Alpha.a);
        System.out.println("Beta.b " + Beta.b);
        System.out.println("Beta.seenAlpha " + Beta.seenAlpha);
        Config.level = Config.level * 2;
        System.out.println("Config.describe " + Config.describe());
    }
}
