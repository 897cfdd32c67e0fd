package dev.errorcatalog.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Makes the files issue 32 is about, where a catalog is expected: a named pipe (opening it for reading waits for
 * a writer), a link to {@code /dev/zero} (it never ends), a sparse file of gigabytes (nothing on disk, everything
 * in memory when read whole), a socket, a link to nothing, a file nobody may read. The Unix ones skip only on
 * Windows, which has none of them; everywhere else a failure to make one fails the test.
 */
public final class HostileFiles {

  /** Two gigabytes: past any int-sized buffer, and 64 times the catalog limit. */
  public static final long TWO_GB = 2L * 1024 * 1024 * 1024;

  private HostileFiles() {}

  /** Skips the calling test on Windows, which has no named pipes, devices or Unix permissions in its file system. */
  public static void assumeUnix() {
    assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
        "named pipes, /dev/zero and Unix permissions exist on Unix only");
  }

  /** A named pipe (FIFO) at {@code path}, made with {@code mkfifo}. */
  public static Path fifo(Path path) throws IOException, InterruptedException {
    assumeUnix();
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    String output = new String(mkfifo.getInputStream().readAllBytes());
    assertEquals(0, mkfifo.waitFor(), "mkfifo " + path + ": " + output);
    return path;
  }

  /** A symbolic link at {@code path} to {@code /dev/zero}. */
  public static Path linkToDevZero(Path path) throws IOException {
    assumeUnix();
    return Files.createSymbolicLink(path, Path.of("/dev/zero"));
  }

  /** A symbolic link at {@code path} to a file that does not exist. */
  public static Path brokenLink(Path path) throws IOException {
    return Files.createSymbolicLink(path, path.resolveSibling("nowhere.yaml"));
  }

  /** A sparse file of {@code size} bytes (all zero, nearly nothing on disk). */
  public static Path sparse(Path path, long size) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(size);
    }
    return path;
  }

  /** A Unix domain socket bound at {@code path}; close it to remove the listener (the file stays). */
  public static ServerSocketChannel socket(Path path) throws IOException {
    assumeUnix();
    ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    channel.bind(UnixDomainSocketAddress.of(path));
    return channel;
  }

  /**
   * A file with {@code text} that nobody may read ({@code chmod 000}). Root reads it anyway: callers check
   * {@link Files#isReadable} before expecting a refusal.
   */
  public static Path unreadable(Path path, String text) throws IOException {
    assumeUnix();
    Files.writeString(path, text);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
    return path;
  }

  /** A stream of zeros that never ends, counting what is read from it. */
  public static final class Endless extends InputStream {
    private long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read += len;
      return len; // the array is left as it is: zeros or whatever was there, as a device may give
    }

    /** How many bytes were read from it. */
    public long bytesRead() {
      return read;
    }
  }

  /** Counts the bytes read through it from another stream. */
  public static final class Counting extends InputStream {
    private final InputStream in;
    private long read;

    public Counting(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read += n;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }

    /** How many bytes were read through it. */
    public long bytesRead() {
      return read;
    }
  }
}
