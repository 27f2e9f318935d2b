public class MainArgs {
    public static void main(String[] args) {
        System.out.println(args.length);
        for (String a : args) System.out.println("[" + a + "] " + a.length());
        String[] copy = args.clone();
        System.out.println(copy.length == args.length);
    }
}
