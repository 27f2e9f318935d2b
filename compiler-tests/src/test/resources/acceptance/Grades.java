import java.util.Scanner;

public class Grades {
    public static void main(String[] args) {
        Scanner in = new Scanner("90 85 77 64");
        int total = 0, n = 0;
        while (in.hasNextInt()) { total += in.nextInt(); n++; }
        System.out.println("average " + (double) total / n);
    }
}
