import java.util.Arrays;
import java.util.Comparator;

public class SortPeople {
    record Person(String name, int age) { }

    public static void main(String[] args) {
        Person[] people = { new Person("Ada", 36), new Person("Alan", 41), new Person("Grace", 29) };
        Arrays.sort(people, Comparator.comparingInt(Person::age));
        for (Person p : people) System.out.println(p.name() + " " + p.age());
    }
}
