package ostooc.driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The seed's deploy loop for one program: copy a built executable into an ostoo {@code user/} folder,
 * which the guest mounts (virtio-9p) as {@code /host/}, so {@code spawn /host/<name>} runs it. The copy
 * keeps the executable's name and permissions and replaces an older one atomically (a running guest
 * never sees half a file).
 */
public final class Deploy {
    private Deploy() { }

    /** Copies {@code executable} into {@code userDir} (created when missing); returns the copy's path. */
    public static Path copy(Path executable, Path userDir) {
        Path target = userDir.resolve(executable.getFileName());
        Path tmp = null;
        try {
            Files.createDirectories(userDir);
            tmp = Files.createTempFile(userDir, ".ostooc-deploy-", ".tmp");
            Files.copy(executable, tmp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try { if (tmp != null) Files.deleteIfExists(tmp); } catch (IOException ignored) { }
            throw new UsageException("cannot deploy " + executable + " to " + userDir + ": " + e.getMessage());
        }
        return target;
    }

    /** The name the guest runs it by: {@code /host/<file name>}. */
    public static String guestPath(Path executable) {
        return "/host/" + executable.getFileName();
    }
}
