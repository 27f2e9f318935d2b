/** A switch on a null enum panics with NullPointerException before any case runs (also with a default). */
public class NullEnumSwitch {
    enum Light { RED, GREEN { boolean go() { return true; } }; boolean go() { return false; } }

    static String describe(Light l) {
        switch (l) {
            case RED: return "stop";
            default: return "other " + l.go();
        }
    }

    public static void main(String[] args) {
        System.out.println(describe(Light.RED) + " " + describe(Light.GREEN));
        Light unknown = args.length > 5 ? Light.RED : null;
        System.out.println(describe(unknown));
        System.out.println("not reached");
    }
}
