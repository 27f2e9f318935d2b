public class FloatArrays {
    double x;
    float y;
    static double[][] grid = new double[3][4];

    public static void main(String[] args) {
        double[] d = new double[5];
        float[] f = new float[5];
        for (int i = 0; i < 5; i++) { d[i] = i * 1.25; f[i] = i / 3f; }
        d[2] += 0.5; f[3] *= 3; d[4]++; f[0]--;
        double s = 0;
        for (double e : d) s += e;
        float t = 0;
        for (float e : f) t += e;
        System.out.println(s + " " + t + " " + d.length + " " + f[1] + " " + d[4] + " " + f[0]);
        grid[1][2] = -0.0; grid[2][3] = Double.NaN;
        for (double[] row : grid) { String line = ""; for (double e : row) line += e + ","; System.out.println(line); }
        FloatArrays o = new FloatArrays();
        o.x = 2.5; o.y = 1.5f; o.x /= 2; o.y += o.x;
        System.out.println(o.x + " " + o.y + " " + new double[2][0].length);
        double[] c = d.clone();
        c[0] = 99;
        System.out.println(d[0] + " " + c[0] + " " + new float[3][1] == null);
    }
}
