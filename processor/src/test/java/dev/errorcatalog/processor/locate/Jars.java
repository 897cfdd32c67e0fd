package dev.errorcatalog.processor.locate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Jars whose one entry inflates to many bytes, and may lie about how many (a zip bomb). */
final class Jars {

  /** The signature of a central directory record, and where it keeps the entry's uncompressed size. */
  private static final int CENTRAL_HEADER = 0x02014b50;
  private static final int CENTRAL_SIZE_OFFSET = 24;

  private Jars() {}

  /**
   * A jar with one deflated entry of {@code size} zero bytes (a few kilobytes compressed).
   *
   * @param statedSize the uncompressed size the central directory claims, or {@code 0} for the true one
   */
  static Path withEntry(Path jar, String name, int size, int statedSize) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry(name));
      byte[] zeros = new byte[64 * 1024];
      for (int left = size; left > 0; left -= zeros.length) {
        out.write(zeros, 0, Math.min(left, zeros.length));
      }
      out.closeEntry();
    }
    if (statedSize > 0) {
      ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(jar)).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i + 4 <= bytes.limit(); i++) {
        if (bytes.getInt(i) == CENTRAL_HEADER) {
          bytes.putInt(i + CENTRAL_SIZE_OFFSET, statedSize);
        }
      }
      Files.write(jar, bytes.array());
    }
    return jar;
  }
}
