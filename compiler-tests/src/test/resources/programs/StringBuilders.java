public class StringBuilders {
    static class Point {
        int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        public String toString() { return "(" + x + ", " + y + ")"; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append("abc").append(1).append('x').append(-22L).append(true).append(false);
        sb.append(new char[] {'h', 'i'}).append((Object) null).append((String) null).append(new Point(3, 4));
        System.out.println(sb);
        System.out.println(sb.length() + " " + sb.charAt(2) + " " + sb.indexOf("x") + " " + sb.indexOf("true", 3) + " " + sb.lastIndexOf("l"));
        StringBuilder other = new StringBuilder("other");
        sb.append(other).append(sb.length());
        System.out.println(sb.toString());
        StringBuilder c = new StringBuilder(2);
        for (int i = 0; i < 40; i++) c.append(i % 10);
        System.out.println(c + " " + c.length());
        c.setLength(5);
        System.out.println(c + "|" + c.length());
        c.setLength(7);
        System.out.println(c.length() + " " + (int) c.charAt(6));
        StringBuilder d = new StringBuilder("Hello");
        d.insert(0, "<<").insert(7, ">>").insert(2, 'c').insert(3, 42).insert(0, 5L).insert(1, true);
        System.out.println(d);
        d.setCharAt(0, 'S');
        d.deleteCharAt(1).delete(0, 2).delete(3, 100);
        System.out.println(d + " " + d.isEmpty());
        d.replace(0, 1, "REPLACED").replace(2, 4, "");
        System.out.println(d + " " + d.substring(2) + " " + d.substring(1, 3));
        System.out.println(new StringBuilder("stressed").reverse() + " " + new StringBuilder("a😀b\uD83D").reverse()
                + " " + new StringBuilder("\uDE00\uD83Dx").reverse().length());
        StringBuilder self = new StringBuilder("ab");
        self.append(self).append(self);
        System.out.println(self + " " + new StringBuilder().append("").length() + " " + new StringBuilder().isEmpty());
        String s = "x=" + new StringBuilder("y").append(1) + ", " + sb.length();
        System.out.println(s);
        StringBuilder table = new StringBuilder();
        for (int row = 1; row <= 3; row++) {
            for (int col = 1; col <= 3; col++) table.append(row * col).append(col < 3 ? '\t' : '\n');
        }
        System.out.print(table);
        Object o = new StringBuilder("as object");
        System.out.println(o.toString() + " " + (o instanceof StringBuilder));
    }
}
