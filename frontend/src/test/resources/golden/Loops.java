class Loops {
    static int sum(int n) {
        int s = 0;
        outer:
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (j == 3) continue outer;
                if (s > 100) break outer;
                s += j;
            }
        }
        return s;
    }
    static int main() { return sum(10); }
}
