package ostooc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * main's {@code args} with real arguments: the native binary (as a Linux process and under ostoo-exec) and
 * {@code java MainArgs ...} print the same. (DifferentialTest runs every program without arguments: the empty
 * array; under ostoo-exec that is argc = 0.) Arguments stay ASCII
 * here: the JVM decodes argv with the locale's charset, which a test machine may not set to UTF-8.
 */
class MainArgsTest {
    @TempDir
    Path dir;

    @Test
    void argumentsReachMainAsOnTheJvm() throws IOException {
        Program p = Program.of(Repo.programs().resolve("MainArgs.java"));
        Path exe = Native.compile(p.sources(), dir, "mainargs", p.mainClass());
        List<String> args = List.of("a", "b c", "", "--flag=1", "last");

        List<String> nativeCmd = new ArrayList<>(List.of(exe.toString()));
        nativeCmd.addAll(args);
        Run nativeRun = Processes.run(nativeCmd, dir, 30);

        Path classes = Files.createDirectories(dir.resolve("classes"));
        Jvm.compile(p.sources(), classes);
        List<String> jvmCmd = new ArrayList<>(List.of(Jvm.javaBinary(), "-cp", classes.toString(), p.mainClass()));
        jvmCmd.addAll(args);
        Run jvm = Processes.run(jvmCmd, dir, 60);

        assertEquals(0, jvm.exitCode(), jvm.stderr());
        assertEquals(jvm.stdout(), nativeRun.stdout(), "native stderr: " + nativeRun.stderr());
        assertEquals(0, nativeRun.exitCode());

        // ostoo's userspace shell passes argv[0] (the word typed) and the arguments on ostoo's own stack image
        Run ostooRun = OstooExec.run(exe, args, java.util.Map.of(), 30);
        assertEquals(jvm.stdout(), ostooRun.stdout(), "under ostoo-exec; stderr: " + ostooRun.stderr());
        assertEquals(0, ostooRun.exitCode(), ostooRun.stderr());
    }
}
