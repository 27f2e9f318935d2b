/** The seed's entry style: static int main() whose result is the exit code (42). */
public class IntMainResult {
    static int twice(int x) { return x * 2; }

    static int main() {
        System.out.println("computing the answer");
        int answer = 0;
        for (int i = 1; i <= 6; i++) answer += i;
        answer = twice(answer) + 0;
        System.out.println("partial " + answer);
        return answer + 0 * answer + twice(0) + (answer == 42 ? 0 : 1000);
    }
}
