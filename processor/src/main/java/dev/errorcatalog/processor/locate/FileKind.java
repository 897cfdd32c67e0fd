package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path is, in the words a refusal uses. Told from the file's attributes alone, never by opening it:
 * opening a named pipe for reading waits for a writer, and a device such as {@code /dev/zero} never ends.
 */
enum FileKind {
  FILE("a file"),
  FOLDER("a folder"),
  FIFO("a named pipe (FIFO)"),
  DEVICE("a device"),
  SOCKET("a socket"),
  /** Not a file or a folder, on a system that does not say which kind ({@code unix:mode} unsupported). */
  SPECIAL("a special file (a device, a pipe or a socket)");

  /** The file-type bits of a Unix mode ({@code S_IFMT}) and their values. */
  private static final int TYPE_BITS = 0170000;
  private static final int FIFO_BITS = 0010000;
  private static final int CHARACTER_DEVICE_BITS = 0020000;
  private static final int BLOCK_DEVICE_BITS = 0060000;
  private static final int SOCKET_BITS = 0140000;

  private final String noun;

  FileKind(String noun) {
    this.noun = noun;
  }

  /** {@code a named pipe (FIFO)}. */
  String noun() {
    return noun;
  }

  /** The kind of {@code path} (a link followed), given its attributes read with the link followed. */
  static FileKind of(Path path, BasicFileAttributes attributes) {
    if (attributes.isRegularFile()) {
      return FILE;
    }
    if (attributes.isDirectory()) {
      return FOLDER;
    }
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_BITS;
      return switch (type) {
        case FIFO_BITS -> FIFO;
        case CHARACTER_DEVICE_BITS, BLOCK_DEVICE_BITS -> DEVICE;
        case SOCKET_BITS -> SOCKET;
        default -> SPECIAL;
      };
    } catch (IOException | RuntimeException e) {
      return SPECIAL; // no "unix" attribute view here (Windows), or the path changed meanwhile
    }
  }
}
