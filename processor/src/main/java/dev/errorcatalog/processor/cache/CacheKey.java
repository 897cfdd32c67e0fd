package dev.errorcatalog.processor.cache;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The key of a build: its labelled parts themselves, each framed by its label and length, so that no two
 * different sequences of parts read alike by moving bytes from one part to the next.
 *
 * <p>The parts are kept whole rather than hashed: a cache file holds its key and is used only when the two are
 * equal byte for byte, so no hash collision can ever replay a build of other catalogs. The parts are small (the
 * catalogs' YAML, the options, a baseline, a few lines naming the processor and the JDK), and comparing them is
 * cheaper at a compiler's start than a cryptographic hash, whose provider and interpreted rounds cost a fresh
 * JVM tens of milliseconds.
 */
public final class CacheKey {

  private final ByteArrayOutputStream parts = new ByteArrayOutputStream();

  /** Adds a part of bytes; {@code null} is a part of its own, unlike an empty one. */
  public CacheKey add(String label, byte[] bytes) {
    frame(label.getBytes(StandardCharsets.UTF_8));
    if (bytes == null) {
      parts.write(0);
    } else {
      parts.write(1);
      frame(bytes);
    }
    return this;
  }

  /** Adds a part of text; {@code null} is a part of its own, unlike an empty one. */
  public CacheKey add(String label, String text) {
    return add(label, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }

  private void frame(byte[] bytes) {
    long n = bytes.length;
    for (int shift = 56; shift >= 0; shift -= 8) {
      parts.write((int) (n >>> shift));
    }
    parts.writeBytes(bytes);
  }

  /** The key: every part added, framed, in order. */
  public byte[] bytes() {
    return parts.toByteArray();
  }
}
