/** System.getenv: present, absent and empty names (the native runs inherit the test JVM's environment). */
public class Environment {
    public static void main(String[] args) {
        String path = System.getenv("PATH");
        System.out.println("PATH is set: " + (path != null));
        System.out.println("PATH = " + path);
        System.out.println("absent: " + System.getenv("OSTOOC_SURELY_UNSET_VARIABLE_42"));
        System.out.println("prefix of PATH: " + System.getenv("PAT"));
        System.out.println("empty name: " + System.getenv(""));
        String again = System.getenv("PATH");
        System.out.println("same value twice: " + again.equals(path));
    }
}
