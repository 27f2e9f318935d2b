/**
 * The seed's hello-rs, in Java: runs unchanged on the JVM and, compiled by ostooc, on ostoo.
 * The second line is built by string concatenation, which allocates on the brk heap.
 */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello from Java on ostoo!");
        int answer = 6 * 7;
        System.out.println("Heap works: " + answer);
    }
}
