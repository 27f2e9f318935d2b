package game;

class Config {
    static final int VERSION = 3;
    static int level = computeLevel();

    static {
        System.out.println("Config init, level=" + level);
    }

    static int computeLevel() {
        System.out.println("computeLevel called, VERSION=" + VERSION);
        return VERSION * 10;
    }

    static String describe() {
        return "v" + VERSION + " level " + level;
    }
}
