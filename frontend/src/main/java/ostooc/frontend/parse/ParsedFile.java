package ostooc.frontend.parse;

import com.github.javaparser.ast.CompilationUnit;
import ostooc.frontend.SourceFile;

/** A source file and its JavaParser tree; {@code library} files (ostoo-rt, the shim) are compiled only as far as reached. */
public record ParsedFile(SourceFile source, CompilationUnit unit, boolean library) { }
