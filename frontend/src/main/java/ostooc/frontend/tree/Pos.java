package ostooc.frontend.tree;

import ostooc.frontend.SourceFile;

/** A source position (1-based line and column), javac's "preferred position" of a construct. */
public record Pos(SourceFile file, int line, int column) {
    /** {@code Hello.java:7:13}: the location string of runtime errors (file name only). */
    public String location() { return file.fileName() + ":" + line + ":" + column; }

    @Override public String toString() { return file.path() + ":" + line + ":" + column; }
}
