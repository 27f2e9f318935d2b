/**
 * Word statistics over a built-in text: split into words, lower-case, count frequencies in an
 * open-addressing hash table, sort by count, and report the top words, the longest word and palindromes.
 */
public class WordStats {
    static final String TEXT = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of
            incredulity, it was the season of Light, it was the season of Darkness, it was
            the spring of hope, it was the winter of despair. We had everything before us,
            we had nothing before us. Madam, a level radar: did Anna see the kayak at noon?
            Refer to the racecar civic rotor -- a deed, a stats sagas, wow! Naïve café owners
            said "Eve" and "Otto"; mom and dad nodded.
            """;

    /** A word and how often it occurs, in the order first seen. */
    record Entry(String word, int count, int firstSeen) {}

    /** An open-addressing (linear probing) table from word to count; keys kept in insertion order. */
    static final class Counter {
        private String[] keys = new String[16];
        private int[] counts = new int[16];
        private String[] order = new String[16];
        private int size;

        void add(String word) {
            if (2 * (size + 1) > keys.length) grow();
            int slot = findSlot(keys, word);
            if (keys[slot] == null) {
                keys[slot] = word;
                if (size == order.length) order = java.util.Arrays.copyOf(order, 2 * size);
                order[size++] = word;
            }
            counts[slot]++;
        }

        int get(String word) {
            int slot = findSlot(keys, word);
            return keys[slot] == null ? 0 : counts[slot];
        }

        int size() { return size; }

        String wordAt(int i) { return order[i]; }

        private static int findSlot(String[] table, String word) {
            int mask = table.length - 1;
            int i = (word.hashCode() ^ (word.hashCode() >>> 16)) & mask;
            while (table[i] != null && !table[i].equals(word)) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            String[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new String[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = findSlot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }

    /** Replaces every non-letter by a space, so that split(" ") finds the words. */
    static String lettersOnly(String text) {
        char[] cs = text.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (!Character.isLetter(cs[i])) cs[i] = ' ';
        }
        return new String(cs);
    }

    static boolean isPalindrome(String w) {
        for (int i = 0, j = w.length() - 1; i < j; i++, j--) {
            if (w.charAt(i) != w.charAt(j)) return false;
        }
        return true;
    }

    /** Higher count first, then alphabetical. */
    static boolean before(Entry a, Entry b) {
        if (a.count() != b.count()) return a.count() > b.count();
        return a.word().compareTo(b.word()) < 0;
    }

    /** Insertion sort: stable, and plenty for a few hundred words. */
    static void sort(Entry[] entries) {
        for (int i = 1; i < entries.length; i++) {
            Entry e = entries[i];
            int j = i - 1;
            while (j >= 0 && before(e, entries[j])) {
                entries[j + 1] = entries[j];
                j--;
            }
            entries[j + 1] = e;
        }
    }

    public static void main(String[] args) {
        String[] raw = lettersOnly(TEXT).split(" ");
        Counter counter = new Counter();
        int words = 0;
        int letters = 0;
        for (String r : raw) {
            if (r.isEmpty()) continue;
            String w = r.toLowerCase();
            counter.add(w);
            words++;
            letters += w.length();
        }
        System.out.println(words + " words, " + counter.size() + " distinct, " + letters + " letters");
        System.out.println("average length x100: " + (100 * letters / words));

        Entry[] entries = new Entry[counter.size()];
        for (int i = 0; i < entries.length; i++) {
            String w = counter.wordAt(i);
            entries[i] = new Entry(w, counter.get(w), i);
        }
        sort(entries);

        System.out.println("top words:");
        for (int i = 0; i < 8 && i < entries.length; i++) {
            Entry e = entries[i];
            String bar = "#".repeat(e.count());
            System.out.println("  " + (i + 1) + ". " + e.word() + " ".repeat(12 - e.word().length())
                    + e.count() + " " + bar);
        }
        System.out.println("first entry: " + entries[0]);

        String longest = "";
        for (Entry e : entries) {
            if (e.word().length() > longest.length()
                    || e.word().length() == longest.length() && e.word().compareTo(longest) < 0) {
                longest = e.word();
            }
        }
        System.out.println("longest word: " + longest + " (" + longest.length() + " letters)");

        StringBuilder pals = new StringBuilder();
        int palCount = 0;
        for (int i = 0; i < counter.size(); i++) {
            String w = counter.wordAt(i);
            if (w.length() >= 3 && isPalindrome(w)) {
                if (palCount++ > 0) pals.append(", ");
                pals.append(w);
            }
        }
        System.out.println(palCount + " palindromes: " + pals);

        int[] byLength = new int[16];
        for (Entry e : entries) {
            byLength[Math.min(e.word().length(), 15)]++;
        }
        System.out.println("distinct words by length: " + java.util.Arrays.toString(byLength));

        String[] once = new String[entries.length];
        int nOnce = 0;
        for (Entry e : entries) {
            if (e.count() == 1 && e.word().startsWith("no")) once[nOnce++] = e.word();
        }
        System.out.println("once-only words starting with no: " + String.join(" ", java.util.Arrays.copyOf(once, nOnce)));
        // Non-ASCII words are counted, not printed: the JVM's stdout encoding depends on the locale.
        int nonAscii = 0;
        for (Entry e : entries) {
            for (char c : e.word().toCharArray()) {
                if (c > 127) { nonAscii++; break; }
            }
        }
        System.out.println(nonAscii + " words with non-ASCII letters; \"cafe\" with an acute accent occurs "
                + counter.get("caf\u00e9") + " time(s), with " + "caf\u00e9".length() + " chars");
        System.out.println("capitalized 'wisdom': " + Character.toUpperCase('w') + "wisdom".substring(1)
                + ", count of 'it': " + counter.get("it") + ", of 'zebra': " + counter.get("zebra"));
    }
}
