package ostooc.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import ostooc.driver.Compiler;
import ostooc.driver.Deploy;
import ostooc.driver.LinkFailedException;
import ostooc.driver.Options;
import ostooc.driver.Result;
import ostooc.driver.UsageException;
import ostooc.frontend.Diagnostic;
import ostooc.frontend.Tier;

/**
 * {@code ostoo:compile}: the project's Java sources ({@code src/main/java}) into one static ostoo
 * executable, {@code target/ostoo/<name>}, where name is the project's {@code <finalName>} when it sets one
 * and its artifactId otherwise. Bound to {@code package}. Compile errors fail the build with javac-style
 * messages (file:line:column, the source line, a caret) in Maven's log; an executable whose inputs (sources,
 * options, the compiler itself) have not changed since it was built is left alone ("up to date"). With a
 * deploy directory, the executable is then copied into an ostoo {@code user/} folder (the guest's
 * {@code /host/}), as the seed's deploy loop does.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class CompileMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The Java sources: a folder searched for .java files. */
    @Parameter(defaultValue = "${project.build.sourceDirectory}", required = true)
    private File sourceDirectory;

    /** The class whose main runs (fully qualified), when several classes have one. */
    @Parameter(property = "ostoo.mainClass")
    private String mainClass;

    /** Optimization level: {@code 0}, {@code 1}, {@code 2} or {@code s} (as ostooc's -O0 -O1 -O2 -Os). */
    @Parameter(property = "ostoo.optimize", defaultValue = "1")
    private String optimize;

    /** The executable to write (default: {@code target/ostoo/<finalName or artifactId>}). */
    @Parameter(property = "ostoo.outputFile")
    private File outputFile;

    /** Skip this goal. */
    @Parameter(property = "ostoo.skip", defaultValue = "false")
    private boolean skip;

    /** An ostoo {@code user/} folder (the guest sees it as {@code /host/}) to copy the executable into. */
    @Parameter(property = "ostoo.deployDirectory")
    private File deployDirectory;

    /** The runtime tier: {@code freestanding} or {@code libc} (default: the main class's {@code @Tier}, else freestanding). */
    @Parameter(property = "ostoo.tier")
    private String tier;

    /** The musl sysroot for the libc tier (default: as ostooc looks: $OSTOO_SYSROOT, sysroot/x86_64-ostoo-user, musl-dev). */
    @Parameter(property = "ostoo.sysroot")
    private File sysroot;

    /** The linker: {@code internal} (ostooc's, the default) or {@code ld} (GNU ld). */
    @Parameter(property = "ostoo.linker")
    private String linker;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("ostooc: skipped (ostoo.skip)");
            return;
        }
        Options.OptLevel level = Options.OptLevel.parse(optimize);
        if (level == null) throw new MojoFailureException("ostooc: optimize = '" + optimize + "': expected 0, 1, 2 or s");
        Path sources = sourceDirectory.toPath();
        if (!Files.isDirectory(sources)) throw new MojoFailureException("ostooc: no Java sources: " + sources + " does not exist");
        Path output = outputFile != null ? outputFile.toPath() : defaultOutput();
        Options options = new Options(List.of(sources), output, mainClass, Options.Emit.EXE, level,
                tier(), sysroot == null ? null : sysroot.toPath(), linker());

        Path stampFile = Path.of(project.getBuild().getDirectory(), "ostoo", "." + output.getFileName() + ".inputs");
        String stamp = BuildStamp.of(options, Compiler.class.getClassLoader());
        if (Files.isRegularFile(output) && stamp.equals(read(stampFile))) {
            getLog().info("ostooc: " + shown(output) + " is up to date");
        } else {
            compile(options);
            write(stampFile, stamp);
        }
        if (deployDirectory != null) {
            Path deployed = Deploy.copy(output, deployDirectory.toPath());
            getLog().info("ostooc: deployed " + shown(deployed) + " (in the guest: " + Deploy.guestPath(deployed) + ")");
        }
    }

    private void compile(Options options) throws MojoExecutionException, MojoFailureException {
        Result r;
        try {
            r = Compiler.compile(options);
        } catch (UsageException | LinkFailedException e) {
            throw new MojoFailureException("ostooc: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("ostooc: internal compiler error: " + e
                    + "\nThis is a bug in ostooc; please report it with the source that triggered it.", e);
        }
        if (!r.ok()) {
            for (Diagnostic d : r.diagnostics()) getLog().error(d.format());
            int n = r.diagnostics().size();
            throw new MojoFailureException("ostooc: " + n + (n == 1 ? " error" : " errors") + " in " + options.sources().get(0));
        }
        getLog().info(String.format("ostooc: compiled %s into %s (%,d bytes, %s)", shown(options.sources().get(0)),
                shown(options.output()), r.output().length, options.optLevel().flag()));
    }

    private Tier tier() throws MojoFailureException {
        if (tier == null || tier.isBlank()) return null;
        Tier t = Tier.byLabel(tier.strip().toLowerCase(Locale.ROOT));
        if (t == null) throw new MojoFailureException("ostooc: tier = '" + tier + "': expected freestanding or libc");
        return t;
    }

    private Options.LinkerKind linker() throws MojoFailureException {
        if (linker == null || linker.isBlank()) return null;
        return switch (linker.strip().toLowerCase(Locale.ROOT)) {
            case "internal" -> Options.LinkerKind.INTERNAL;
            case "ld" -> Options.LinkerKind.LD;
            default -> throw new MojoFailureException("ostooc: linker = '" + linker + "': expected internal or ld");
        };
    }

    /** A path as the log shows it: relative to the project when inside it. */
    private String shown(Path p) {
        Path base = project.getBasedir().toPath().toAbsolutePath();
        Path abs = p.toAbsolutePath();
        return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
    }

    /** target/ostoo/ + the finalName the POM sets explicitly, or the artifactId (Maven's default finalName has the version). */
    private Path defaultOutput() {
        boolean explicit = project.getOriginalModel().getBuild() != null && project.getOriginalModel().getBuild().getFinalName() != null;
        String name = explicit ? project.getBuild().getFinalName() : project.getArtifactId();
        return Path.of(project.getBuild().getDirectory(), "ostoo", name);
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";   // unreadable: rebuild
        }
    }

    private static void write(Path file, String text) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("ostooc: cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
