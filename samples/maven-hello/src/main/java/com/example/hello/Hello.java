package com.example.hello;

/** Greets whoever the first argument names, then shows a little arithmetic from {@link Squares}. */
public class Hello {
    public static void main(String[] args) {
        String who = args.length > 0 ? args[0] : "Maven";
        System.out.println("Hello, " + who + ", from Java on ostoo!");
        int[] squares = Squares.first(6);
        System.out.println("Squares: " + java.util.Arrays.toString(squares));
        System.out.println("Their sum: " + Squares.sum(squares));
    }
}
