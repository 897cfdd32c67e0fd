package dev.errorcatalog.processor.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A SHA-256 over labelled parts, each framed by its label and length, so that no two different sequences of
 * parts hash alike by moving bytes from one part to the next.
 */
public final class CacheKey {

  private final MessageDigest digest;

  public CacheKey() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Adds a part of bytes; {@code null} is a part of its own, unlike an empty one. */
  public CacheKey add(String label, byte[] bytes) {
    frame(label.getBytes(StandardCharsets.UTF_8));
    if (bytes == null) {
      digest.update((byte) 0);
    } else {
      digest.update((byte) 1);
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
      digest.update((byte) (n >>> shift));
    }
    digest.update(bytes);
  }

  /** The key over the parts added; the key is then done. */
  public byte[] bytes() {
    return digest.digest();
  }

  /** The SHA-256 of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static boolean same(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }
}
