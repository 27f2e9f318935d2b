public class NullArrayStore {
    static String[] names;
    static int i() { System.out.println("index"); return 0; }
    static String v() { System.out.println("value"); return "v"; }

    public static void main(String[] args) {
        names[i()] = v();
    }
}
