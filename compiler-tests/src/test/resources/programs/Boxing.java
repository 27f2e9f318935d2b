public class Boxing {
    static long widen(long x) { return x + 1; }
    static String which(long x) { return "long"; }
    static String which(Integer x) { return "Integer"; }
    static String obj(Object o) { return "Object:" + o; }
    static int sum(Integer a, Integer b) { return a + b; }
    public static void main(String[] args) {
        Integer a = 5;
        int b = a + 2;
        Object o = 5;
        Number n = 2.5;
        Long big = 1L << 40;
        Character c = 'x';
        Byte by = 10;
        Short sh = 300;
        Boolean flag = true;
        System.out.println(a + " " + b + " " + o + " " + n + " " + big + " " + c + " " + by + " " + sh + " " + flag);
        System.out.println(which(3) + " " + obj(7) + " " + sum(3, 4) + " " + widen(a));
        Integer i = 126;
        Integer j = i;
        i++;
        Integer k = 127;
        System.out.println((i == k) + " " + (j == i));
        i++;
        Integer m = 128;
        System.out.println((i == m) + " " + i.equals(m) + " " + (i == 128));
        Integer p = 1000; Integer q = p; Integer r = p++;
        System.out.println((r == q) + " " + p + " " + r);
        Integer s = 10; s += 5; s *= 2; s -= 1;
        System.out.println(s + " " + (-s) + " " + (~s) + " " + (s > 20) + " " + (s << 2));
        if (flag) System.out.println("flag " + !flag);
        int[] arr = new int[a];
        arr[a - 1] = a;
        System.out.println(arr.length + " " + arr[4]);
        Integer[] boxes = { 1, 2, 3 };
        int total = 0;
        for (int v : boxes) total += v;
        for (Integer v : new int[] { 4, 5 }) total += v;
        boxes[1] += 10;
        boxes[2]++;
        System.out.println(total + " " + boxes[1] + " " + boxes[2]);
        Object x = 42;
        int y = (int) x;
        long z = (long) (Integer) x;
        Object w = (Object) 3.5;
        System.out.println(y + " " + z + " " + w + " " + (Integer) 9 + " " + (double) a);
        Double d = 1.5; d++; d += 0.25;
        Character ch = 'a'; ch++;
        System.out.println(d + " " + ch + " " + (ch + 1) + " " + (char) (ch + 1));
        Integer nul = null;
        System.out.println(nul == null);
    }
}
