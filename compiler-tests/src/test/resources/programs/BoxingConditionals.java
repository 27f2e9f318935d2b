public class BoxingConditionals {
    static Integer box(int v) { return v; }
    public static void main(String[] args) {
        boolean t = args.length == 0;
        Integer a = 1000;
        Object o1 = t ? 1 : "x";
        Object o2 = !t ? 1 : "x";
        System.out.println(o1 + " " + o2);
        Integer n = t ? null : 5;
        System.out.println(n);
        int k = t ? a : 0;
        long l = t ? a : 5L;
        System.out.println(k + " " + l + " " + (t ? 'a' : 0) + " " + (t ? a : 2.5));
        Integer same = t ? a : a;
        System.out.println(same == a);
        Boolean bb = t;
        boolean c = t ? bb : false;
        System.out.println(c + " " + (t ? bb : Boolean.FALSE));
        switch (box(3)) { case 3 -> System.out.println("three"); default -> System.out.println("no"); }
        Character ch = 'q';
        switch (ch) { case 'q': System.out.println("q"); break; default: System.out.println("?"); }
        String s = "v=" + a + ',' + bb + box(7);
        System.out.println(s);
        StringBuilder sb = new StringBuilder();
        sb.append(a).append(' ').append(bb);
        System.out.println(sb);
        System.out.println(Integer.valueOf(5).equals(5) + " " + a.equals(1000L) + " " + Long.valueOf(5).equals(5L));
        Integer z = null;
    }
}
