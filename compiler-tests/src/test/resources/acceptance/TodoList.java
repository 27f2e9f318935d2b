import java.util.ArrayList;
import java.util.List;

public class TodoList {
    public static void main(String[] args) {
        List<String> todo = new ArrayList<>();
        todo.add("write the compiler");
        todo.add("test it");
        todo.add("ship it");
        todo.remove(1);
        for (int i = 0; i < todo.size(); i++) System.out.println((i + 1) + ". " + todo.get(i));
        System.out.println(todo);
    }
}
