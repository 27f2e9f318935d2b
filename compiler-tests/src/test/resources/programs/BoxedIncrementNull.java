/** i++ on a null Integer field: NullPointerException at the increment. */
public class BoxedIncrementNull {
    static Integer count;
    public static void main(String[] args) {
        Integer local = 0;
        local++;
        System.out.println(local);
        count++;
        System.out.println(count);
    }
}
