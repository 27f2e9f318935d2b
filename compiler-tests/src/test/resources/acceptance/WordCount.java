import java.util.HashMap;
import java.util.Map;

public class WordCount {
    public static void main(String[] args) {
        String text = "the quick brown fox jumps over the lazy dog the end";
        Map<String, Integer> counts = new HashMap<>();
        for (String w : text.split(" ")) counts.put(w, counts.getOrDefault(w, 0) + 1);
        System.out.println("the: " + counts.get("the") + ", words: " + counts.size());
    }
}
