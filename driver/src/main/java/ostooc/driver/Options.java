package ostooc.driver;

import java.nio.file.Path;
import java.util.List;

/**
 * What to compile and how: the one input type of {@link Compiler}, shared by the CLI, the Maven plugin
 * and the tests.
 *
 * @param sources   .java files, or folders searched for them
 * @param output    where the result goes (for {@link Emit#EXE}: the executable)
 * @param mainClass the class whose main runs, or null to find the only one
 * @param emit      what to produce
 * @param optLevel  0 (no optimization passes) to 2
 */
public record Options(List<Path> sources, Path output, String mainClass, Emit emit, int optLevel) {
    public enum Emit { IR, OBJ, EXE }

    public static Options executable(List<Path> sources, Path output) {
        return new Options(sources, output, null, Emit.EXE, 1);
    }

    public Options withEmit(Emit e) { return new Options(sources, output, mainClass, e, optLevel); }
    public Options withMainClass(String m) { return new Options(sources, output, m, emit, optLevel); }
    public Options withOptLevel(int o) { return new Options(sources, output, mainClass, emit, o); }
}
