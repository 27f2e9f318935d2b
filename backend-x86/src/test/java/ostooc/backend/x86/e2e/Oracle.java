package ostooc.backend.x86.e2e;

/** Java's own arithmetic, the oracle for run tests (division made total as Op.java specifies). */
final class Oracle {
    private Oracle() { }

    static long i32(String op, int a, int b) {
        return switch (op) {
            case "add" -> a + b; case "sub" -> a - b; case "mul" -> a * b;
            case "sdiv" -> b == 0 ? 0 : a / b; case "srem" -> b == 0 ? 0 : a % b;
            case "and" -> a & b; case "or" -> a | b; case "xor" -> a ^ b;
            case "shl" -> a << b; case "sar" -> a >> b; case "shr" -> a >>> b; case "neg" -> -a;
            default -> cmp(op, a, b, Integer.compareUnsigned(a, b)) ? 1 : 0;
        };
    }

    static long i64(String op, long a, long b) {
        return switch (op) {
            case "add" -> a + b; case "sub" -> a - b; case "mul" -> a * b;
            case "sdiv" -> b == 0 ? 0 : a / b; case "srem" -> b == 0 ? 0 : a % b;
            case "and" -> a & b; case "or" -> a | b; case "xor" -> a ^ b;
            case "shl" -> a << (int) b; case "sar" -> a >> (int) b; case "shr" -> a >>> (int) b; case "neg" -> -a;
            default -> cmp(op, a, b, Long.compareUnsigned(a, b)) ? 1 : 0;
        };
    }

    private static boolean cmp(String op, long a, long b, int u) {
        return switch (op) {
            case "eq" -> a == b; case "ne" -> a != b; case "slt" -> a < b; case "sle" -> a <= b; case "sgt" -> a > b; case "sge" -> a >= b;
            case "ult" -> u < 0; case "ule" -> u <= 0; case "ugt" -> u > 0; case "uge" -> u >= 0;
            default -> throw new IllegalArgumentException(op);
        };
    }
}
