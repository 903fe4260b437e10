package dev.ferry.journal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the journal and the reports readable by their owner only: they hold customer records. POSIX mode
 * 600 for files and 700 for folders Ferry creates; on file systems without POSIX permissions (Windows) the
 * folder's inherited ACL applies and nothing is changed.
 */
public final class OwnerOnly {

  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

  private OwnerOnly() {}

  public static boolean supported() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Creates the folder and any missing parents; the ones created here are owner-only. */
  public static Path createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return dir;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    if (supported()) {
      Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
    } else {
      Files.createDirectory(absolute);
    }
    return dir;
  }

  /** Creates an empty owner-only file, or empties an existing one and makes it owner-only. */
  public static Path createFile(Path file) throws IOException {
    if (Files.exists(file)) {
      restrict(file);
      Files.newOutputStream(file).close();
      return file;
    }
    if (supported()) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    } else {
      Files.createFile(file);
    }
    return file;
  }

  /** Makes an existing file owner-only, where the file system has POSIX permissions. */
  public static void restrict(Path file) throws IOException {
    if (supported() && Files.exists(file)) {
      Files.setPosixFilePermissions(file, Files.isDirectory(file) ? DIRECTORY : FILE);
    }
  }
}
