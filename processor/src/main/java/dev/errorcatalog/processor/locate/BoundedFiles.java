package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The one way catalogs, baselines and the docs folder's own files are read: regular files only, and never more
 * than a limit. A catalog is untrusted input, and a path can name anything: a symbolic link to
 * {@code /dev/zero} (read whole, it never ends), a sparse file of gigabytes (read whole, it exhausts the heap),
 * a named pipe (opening it waits for a writer, forever). So what a path is and how large it is are read from its
 * attributes before it is opened; only a regular file (a link is followed to one) is opened; and the read itself
 * stops one byte past the limit, so a file that grows meanwhile or a jar entry that inflates past its stated size
 * is bounded too.
 *
 * <p>Between the look at the attributes and the opening, a path could be replaced by a pipe; the JDK cannot open
 * a file without following that change, so this narrow race remains (it needs someone writing to the catalogs'
 * folder during the build).
 */
public final class BoundedFiles {

  private BoundedFiles() {}

  /**
   * The bytes of a regular file of at most {@code maxBytes} bytes.
   *
   * @throws RefusedException with the reason, in plain words, when it is not a regular file, is larger, cannot be
   *     read, or is gone
   */
  public static byte[] read(Path file, int maxBytes) throws RefusedException {
    long size = requireFile(file).size();
    if (size > maxBytes) {
      throw new RefusedException(Refusal.tooLarge(file.toString(), size, maxBytes));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), maxBytes);
    } catch (IOException e) {
      throw new RefusedException(Refusal.failed(file.toString(), e));
    }
  }

  /**
   * The bytes of a stream of at most {@code maxBytes} bytes (a jar entry, a resource): reads at most
   * {@code maxBytes + 1} bytes, whatever the stream's source says its size is.
   *
   * @param file the stream's file, as messages name it
   * @throws RefusedException when the stream has more bytes, or fails
   */
  public static byte[] read(InputStream in, String file, int maxBytes) throws RefusedException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(Math.addExact(maxBytes, 1));
    } catch (IOException e) {
      throw new RefusedException(Refusal.failed(file, e));
    }
    if (bytes.length > maxBytes) {
      throw new RefusedException(Refusal.tooLarge(file, maxBytes));
    }
    return bytes;
  }

  /**
   * The first {@code maxBytes} bytes of a regular file (all of it when shorter), never more: for a file that is
   * not a catalog and may be of any size, such as a page the docs folder holds.
   *
   * @throws RefusedException when it is not a regular file, cannot be read, or is gone
   */
  public static byte[] head(Path file, int maxBytes) throws RefusedException {
    requireFile(file);
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(maxBytes);
    } catch (IOException e) {
      throw new RefusedException(Refusal.failed(file.toString(), e));
    }
  }

  /**
   * The attributes of a regular file (a link followed), read without opening it.
   *
   * @throws RefusedException when there is nothing, a link to nothing, or something other than a regular file
   */
  public static BasicFileAttributes requireFile(Path file) throws RefusedException {
    BasicFileAttributes attributes = attributes(file);
    FileKind kind = FileKind.of(file, attributes);
    if (kind != FileKind.FILE) {
      throw new RefusedException(Refusal.notAFile(file.toString(), kind, linkTarget(file)));
    }
    return attributes;
  }

  /**
   * Why {@code dir} cannot be a folder to write into: it exists and is something else (a file, a device). Empty
   * when it is a folder or does not exist yet (it is then created).
   */
  public static Optional<Refusal> notAFolder(Path dir) {
    BasicFileAttributes attributes;
    try {
      attributes = attributes(dir);
    } catch (RefusedException e) {
      return e.refusal().kind() == Refusal.Kind.MISSING ? Optional.empty() : Optional.of(e.refusal());
    }
    FileKind kind = FileKind.of(dir, attributes);
    return kind == FileKind.FOLDER ? Optional.empty()
        : Optional.of(Refusal.notAFolder(dir.toString(), kind, linkTarget(dir)));
  }

  /** The attributes of {@code path}, a link followed; a path with nothing there, or a link to nothing, refused. */
  private static BasicFileAttributes attributes(Path path) throws RefusedException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      String target = linkTarget(path);
      throw new RefusedException(target == null ? Refusal.missing(path.toString())
          : Refusal.brokenLink(path.toString(), target));
    } catch (IOException e) {
      throw new RefusedException(Refusal.failed(path.toString(), e));
    }
  }

  /** Where {@code path} links to, as the link says, or {@code null} when it is no link. */
  private static String linkTarget(Path path) {
    try {
      return Files.isSymbolicLink(path) ? Files.readSymbolicLink(path).toString() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whether anything is at {@code path}, a link to nothing included. */
  static boolean anythingAt(Path path) {
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
  }
}
