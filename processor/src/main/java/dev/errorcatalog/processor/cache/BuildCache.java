package dev.errorcatalog.processor.cache;

import dev.errorcatalog.processor.output.OutputFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One file holding the {@link CachedBuild} of a module's last build and its key: read back only when its key is
 * the build's byte for byte, its CRC-32 holds and it parses to its end; anything else reads as no cache. Written whole to a
 * temporary file first and moved into place, so a build stopped half way leaves the old file or none.
 */
public final class BuildCache {

  private static final int MAGIC = 0x45434331; // "ECC1"
  /** The layout of the file; a change to it makes every older file no cache. */
  private static final int FORMAT = 2;
  /** The magic number, the format and the key's length. */
  private static final int HEAD_BYTES = 12;
  /** Above this a file is not read: no build writes it (a catalog's outputs are a few MB at most). */
  private static final long MAX_BYTES = 512L * 1024 * 1024;
  /** A CRC-32 of all before it, as a long: it finds a damaged file; the key alone decides whose file it is. */
  private static final int CHECKSUM_BYTES = 8;

  private final Path file;

  /** @param file where the cache is kept, outside the class output (never packaged) */
  public BuildCache(Path file) {
    this.file = file;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** The build kept under {@code key}; empty when there is none, of another key, or it cannot be read whole. */
  public Optional<CachedBuild> read(byte[] key) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      byte[] all = Files.readAllBytes(file);
      int length = all.length - CHECKSUM_BYTES;
      // The key first, compared byte for byte: another key's file is not even checked.
      if (length < HEAD_BYTES + key.length || readInt(all, 0) != MAGIC || readInt(all, 4) != FORMAT
          || readInt(all, 8) != key.length
          || !Arrays.equals(all, HEAD_BYTES, HEAD_BYTES + key.length, key, 0, key.length)) {
        return Optional.empty();
      }
      CRC32 crc = new CRC32();
      crc.update(all, 0, length);
      if (crc.getValue() != ByteBuffer.wrap(all, length, CHECKSUM_BYTES).getLong()) {
        return Optional.empty();
      }
      int start = HEAD_BYTES + key.length;
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, start, length - start));
      List<String> texts = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        texts.add(text(in));
      }
      List<CachedBuild.Catalog> catalogs = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        catalogs.add(new CachedBuild.Catalog(in.readInt(), text(in), text(in)));
      }
      List<CachedBuild.Message> messages = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        messages.add(new CachedBuild.Message(in.readBoolean(), in.readInt(), text(in)));
      }
      List<OutputFile> files = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        OutputFile.Kind kind = OutputFile.Kind.values()[in.readUnsignedByte()];
        files.add(new OutputFile(kind, text(in), text(in), texts.get(in.readInt()), text(in)));
      }
      if (in.read() != -1) {
        return Optional.empty();
      }
      return Optional.of(new CachedBuild(catalogs, messages, files));
    } catch (IOException | RuntimeException e) {
      // Truncated, of another layout, unreadable: no cache, and the build runs in full.
      return Optional.empty();
    }
  }

  /** Keeps {@code build} under {@code key}, replacing what was kept; false when it could not be written. */
  public boolean write(byte[] key, CachedBuild build) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(key.length);
      out.write(key);
      // Each file's text once: a catalog's page is both a resource of the class output and a page of the site.
      Map<String, Integer> texts = new LinkedHashMap<>();
      build.files().forEach(f -> texts.putIfAbsent(f.text(), texts.size()));
      out.writeInt(texts.size());
      for (String text : texts.keySet()) {
        text(out, text);
      }
      out.writeInt(build.catalogs().size());
      for (CachedBuild.Catalog c : build.catalogs()) {
        out.writeInt(c.element());
        text(out, c.id());
        text(out, c.catalogClass());
      }
      out.writeInt(build.messages().size());
      for (CachedBuild.Message m : build.messages()) {
        out.writeBoolean(m.warning());
        out.writeInt(m.element());
        text(out, m.text());
      }
      out.writeInt(build.files().size());
      for (OutputFile f : build.files()) {
        out.writeByte(f.kind().ordinal());
        text(out, f.site());
        text(out, f.name());
        out.writeInt(texts.get(f.text()));
        text(out, f.catalog());
      }
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeLong(crc.getValue());
      out.flush();
      byte[] body = bytes.toByteArray();
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try {
        Files.write(temp, body);
        try {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Removes what was kept (a build that cannot be kept leaves no older one to mislead). */
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException | RuntimeException e) {
      // A stale file of another key is never used anyway.
    }
  }

  private static int readInt(byte[] bytes, int at) {
    return ByteBuffer.wrap(bytes, at, 4).getInt();
  }

  private static void bytes(DataOutputStream out, byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("truncated");
    }
    return in.readNBytes(n);
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
    if (!new String(encoded, StandardCharsets.UTF_8).equals(value)) {
      // A lone surrogate does not survive UTF-8: such a build is not kept rather than replayed changed.
      throw new IOException("text that UTF-8 cannot hold");
    }
    bytes(out, encoded);
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(bytes(in), StandardCharsets.UTF_8);
  }
}
