class ConstantConditions {
    static boolean z;
    static double conditional(double d) { return (true || z) ? d : 0.5; }
    static float deadArm(float x) { float r = 1.0f; if (z && false) r = x; return r; }
    static int rightOperand(int x) { if (false && onlyHere(x)) return 1; return 0; }
    static boolean onlyHere(int x) { return x > 0; }
    static long loop(long v) { while (z && false) v = -v; for (int i = 0; (true || z) && i < 2; i++) v++; return v; }
    static double afterPanic(double d, int i) { int zero = 0; int q = i / zero; return d + q; }
    static int main() {
        return (int) conditional(1.5) + (int) deadArm(2f) + rightOperand(3) + (int) loop(4L) + (int) afterPanic(5.0, 6);
    }
}
