public class ExactOverflow {
    public static void main(String[] args) {
        System.out.println(Math.addExact(1, 2));
        System.out.println(Math.multiplyExact(Integer.MAX_VALUE, 2));
    }
}
