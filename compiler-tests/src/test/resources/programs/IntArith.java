/** int arithmetic at the edges: overflow wraps, unary minus of MIN_VALUE, mixed operands from run-time values. */
public class IntArith {
    static int min = Integer.MIN_VALUE;
    static int max = Integer.MAX_VALUE;
    static int zero = 0;
    static int one = 1;
    static int minusOne = -1;

    static int id(int x) { return x; }

    static void show(String label, int v) {
        System.out.println(label + " = " + v);
    }

    public static void main(String[] args) {
        show("max + 1", max + 1);
        show("min - 1", min - 1);
        show("max + max", max + max);
        show("min + min", min + min);
        show("-min", -min);
        show("-max", -max);
        show("-zero", -zero);
        show("+minusOne", +minusOne);
        show("max * 2", max * 2);
        show("min * -1", min * minusOne);
        show("max * max", max * max);
        show("min * min", min * min);
        show("65536 * 65536", id(65536) * id(65536));
        show("46341 * 46341", id(46341) * id(46341));
        show("123456789 * 987654321", id(123456789) * id(987654321));
        show("-7 * 13", id(-7) * id(13));
        show("0 - min", zero - min);
        show("one - max", one - max);
        show("max - min", max - min);
        show("min - max", min - max);
        int a = id(1000003);
        int b = id(-77);
        show("a + b", a + b);
        show("a - b", a - b);
        show("a * b", a * b);
        show("a / b", a / b);
        show("a % b", a % b);
        show("b / a", b / a);
        show("b % a", b % a);
        show("a * a * a", a * a * a);
        int acc = 1;
        for (int i = 0; i < 40; i++) {
            acc = acc * 31 + i;
        }
        show("hash", acc);
        int sum = 0;
        for (int i = -5; i <= 5; i++) {
            sum += i * i * i - 3 * i;
        }
        show("sum", sum);
        show("precedence 2+3*4-5", id(2) + id(3) * id(4) - id(5));
        show("precedence (2+3)*(4-5)", (id(2) + id(3)) * (id(4) - id(5)));
        show("left assoc 100-10-1", id(100) - id(10) - id(1));
        show("left assoc 100/10/3", id(100) / id(10) / id(3));
        show("mixed 7*3/2%4", id(7) * id(3) / id(2) % id(4));
        show("neg neg", -(-a));
        show("minus minus", a - -b);
        show("Integer.MIN_VALUE const", Integer.MIN_VALUE);
        show("Integer.MAX_VALUE const", Integer.MAX_VALUE);
        show("hex 0x7fffffff", 0x7fffffff);
        show("hex 0x80000000", 0x80000000);
        show("hex 0xffffffff", 0xffffffff);
        show("octal 0777", 0777);
        show("binary 0b1010_1010", 0b1010_1010);
        show("underscores 1_000_000", 1_000_000);
    }
}
