/** An unbalanced binary search tree of int keys, filled from a linear congruential generator. */
public class BinarySearchTree {
    static final class TreeNode {
        int key;
        TreeNode left;
        TreeNode right;

        TreeNode(int key) { this.key = key; }
    }

    /** Numerical Recipes' LCG, 32 bits, wrapping like unsigned arithmetic. */
    static final class Lcg {
        private int state;

        Lcg(int seed) { state = seed; }

        int next(int bound) {
            state = state * 1664525 + 1013904223;
            return (state >>> 8) % bound;
        }
    }

    private TreeNode root;
    private int size;

    boolean insert(int key) {
        if (root == null) {
            root = new TreeNode(key);
            size++;
            return true;
        }
        TreeNode n = root;
        while (true) {
            if (key == n.key) return false;
            if (key < n.key) {
                if (n.left == null) { n.left = new TreeNode(key); break; }
                n = n.left;
            } else {
                if (n.right == null) { n.right = new TreeNode(key); break; }
                n = n.right;
            }
        }
        size++;
        return true;
    }

    boolean contains(int key) {
        TreeNode n = root;
        while (n != null) {
            if (key == n.key) return true;
            n = key < n.key ? n.left : n.right;
        }
        return false;
    }

    void delete(int key) {
        int before = size;
        root = delete(root, key);
        if (size == before) System.out.println("  (" + key + " was not in the tree)");
    }

    private TreeNode delete(TreeNode n, int key) {
        if (n == null) return null;
        if (key < n.key) {
            n.left = delete(n.left, key);
        } else if (key > n.key) {
            n.right = delete(n.right, key);
        } else {
            size--;
            if (n.left == null) return n.right;
            if (n.right == null) return n.left;
            TreeNode succ = n.right;          // smallest key of the right subtree
            while (succ.left != null) succ = succ.left;
            n.key = succ.key;
            size++;                           // the recursive call counts the successor's removal
            n.right = delete(n.right, succ.key);
        }
        return n;
    }

    int height() { return height(root); }

    private static int height(TreeNode n) {
        if (n == null) return 0;
        return 1 + Math.max(height(n.left), height(n.right));
    }

    String inOrder() {
        StringBuilder sb = new StringBuilder();
        inOrder(root, sb);
        return sb.toString();
    }

    private static void inOrder(TreeNode n, StringBuilder sb) {
        if (n == null) return;
        inOrder(n.left, sb);
        if (sb.length() > 0) sb.append(' ');
        sb.append(n.key);
        inOrder(n.right, sb);
    }

    int min() {
        TreeNode n = root;
        while (n.left != null) n = n.left;
        return n.key;
    }

    int max() {
        TreeNode n = root;
        while (n.right != null) n = n.right;
        return n.key;
    }

    /** Checks the ordering invariant everywhere. */
    boolean isValid() { return isValid(root, Long.MIN_VALUE, Long.MAX_VALUE); }

    private static boolean isValid(TreeNode n, long lo, long hi) {
        if (n == null) return true;
        if (n.key <= lo || n.key >= hi) return false;
        return isValid(n.left, lo, n.key) && isValid(n.right, n.key, hi);
    }

    public static void main(String[] args) {
        BinarySearchTree t = new BinarySearchTree();
        Lcg rng = new Lcg(42);
        int duplicates = 0;
        for (int i = 0; i < 40; i++) {
            if (!t.insert(rng.next(100))) duplicates++;
        }
        System.out.println("size " + t.size + " (" + duplicates + " duplicates), height " + t.height());
        System.out.println("in order: " + t.inOrder());
        System.out.println("min " + t.min() + ", max " + t.max() + ", valid " + t.isValid());

        StringBuilder found = new StringBuilder();
        for (int k = 0; k < 100; k += 7) {
            found.append(k).append(t.contains(k) ? "+ " : "- ");
        }
        System.out.println("contains: " + found.toString().trim());

        int[] toDelete = {t.min(), t.max(), t.root.key, 1000};
        for (int k : toDelete) {
            System.out.println("delete " + k);
            t.delete(k);
        }
        System.out.println("size " + t.size + ", height " + t.height() + ", valid " + t.isValid());
        System.out.println("in order: " + t.inOrder());

        // A bigger tree: 20000 keys, then delete every other inserted key.
        BinarySearchTree big = new BinarySearchTree();
        Lcg rng2 = new Lcg(2024);
        int[] keys = new int[20000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rng2.next(1_000_000);
            big.insert(keys[i]);
        }
        System.out.println("big: size " + big.size + ", height " + big.height() + ", valid " + big.isValid());
        for (int i = 0; i < keys.length; i += 2) {
            if (big.contains(keys[i])) big.delete(keys[i]);
        }
        int hits = 0;
        for (int key : keys) {
            if (big.contains(key)) hits++;
        }
        System.out.println("big after deletes: size " + big.size + ", height " + big.height()
                + ", valid " + big.isValid() + ", hits " + hits);
    }
}
