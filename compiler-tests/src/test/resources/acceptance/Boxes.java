public class Boxes {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        Object o = 5;
        Number n = 2.5;
        int sum = a + c;
        Integer count = 0;
        for (int i = 0; i < 10; i++) count++;
        System.out.println(o + " " + n + " " + sum + " " + count + " " + Integer.valueOf(77).hashCode());
    }
}
