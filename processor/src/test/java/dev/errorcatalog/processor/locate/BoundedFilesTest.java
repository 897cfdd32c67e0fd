package dev.errorcatalog.processor.locate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.testing.HostileFiles;
import dev.errorcatalog.processor.yaml.YamlReader;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * The one bounded read: what is not a regular file is refused from its attributes, before it is opened (a named
 * pipe would block the open), a file larger than the limit is refused before it is read, and a stream is never
 * read past one byte more than the limit. The deadline on every test is in a thread of its own, so a regression
 * that opens a pipe fails here instead of hanging the build.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedFilesTest {

  private static final int LIMIT = YamlReader.MAX_CHARS;

  @TempDir Path dir;

  private static Refusal refused(Executable read) {
    return assertThrows(RefusedException.class, read).refusal();
  }

  @Test
  void theLimitIs32MebibytesTheYamlReadersCharacterLimit() {
    assertEquals(33_554_432, LIMIT);
  }

  @Test
  void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("f.yaml"));
    Refusal refusal = refused(() -> BoundedFiles.read(fifo, LIMIT));
    assertEquals(Refusal.Kind.WRONG_KIND, refusal.kind());
    assertEquals("f.yaml is a named pipe (FIFO), not a file", refusal.problem());
    assertEquals(fifo + " is a named pipe (FIFO), not a file", refusal.message());
    assertEquals(refusal, refused(() -> BoundedFiles.head(fifo, 10)));
  }

  @Test
  void aLinkToDevZeroIsRefusedAsTheDeviceItIs() throws IOException {
    Path zero = HostileFiles.linkToDevZero(dir.resolve("z.yaml"));
    Refusal refusal = refused(() -> BoundedFiles.read(zero, LIMIT));
    assertEquals("z.yaml is a link to /dev/zero, which is a device, not a file", refusal.problem());
    assertTrue(refusal.fix().startsWith("A catalog is read from a regular file"), refusal.fix());
  }

  @Test
  void aSparseFileOfTwoGigabytesIsRefusedBySizeBeforeItIsRead() throws IOException {
    Path big = HostileFiles.sparse(dir.resolve("big.yaml"), HostileFiles.TWO_GB);
    Refusal refusal = refused(() -> BoundedFiles.read(big, LIMIT));
    assertEquals(Refusal.Kind.TOO_LARGE, refusal.kind());
    assertEquals("big.yaml has 2,147,483,648 bytes, more than the 33,554,432 a catalog may have", refusal.problem());
    assertEquals("Split it into several catalogs.", refusal.fix());
  }

  @Test
  void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
    Path at = Files.write(dir.resolve("at.yaml"), new byte[1000]);
    assertEquals(1000, BoundedFiles.read(at, 1000).length);
    Path over = Files.write(dir.resolve("over.yaml"), new byte[1001]);
    assertEquals("over.yaml has 1,001 bytes, more than the 1,000 a catalog may have",
        refused(() -> BoundedFiles.read(over, 1000)).problem());
  }

  @Test
  void aFolderNamedLikeACatalogIsRefused() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("x.yaml"));
    Refusal refusal = refused(() -> BoundedFiles.read(folder, LIMIT));
    assertEquals("x.yaml is a folder, not a file", refusal.problem());
    assertEquals("Name the YAML file, not a folder.", refusal.fix());
  }

  @Test
  void aSocketIsRefused() throws IOException {
    Path path = dir.resolve("s.yaml");
    try (ServerSocketChannel socket = HostileFiles.socket(path)) {
      assertEquals("s.yaml is a socket, not a file", refused(() -> BoundedFiles.read(path, LIMIT)).problem());
    }
  }

  @Test
  void aLinkToNothingAndNothingAtAllAreRefusedDifferently() throws IOException {
    Path broken = HostileFiles.brokenLink(dir.resolve("broken.yaml"));
    Refusal link = refused(() -> BoundedFiles.read(broken, LIMIT));
    assertEquals(Refusal.Kind.WRONG_KIND, link.kind());
    assertEquals("broken.yaml is a link to " + dir.resolve("nowhere.yaml") + ", which does not exist", link.problem());
    Refusal missing = refused(() -> BoundedFiles.read(dir.resolve("gone.yaml"), LIMIT));
    assertEquals(Refusal.Kind.MISSING, missing.kind());
    assertEquals(dir.resolve("gone.yaml") + " does not exist", missing.message());
  }

  /** Root reads any file whatever its permissions: there, the refusal cannot happen, and the test says so. */
  @Test
  void aFileNobodyMayReadIsRefusedUnlessTheUserIsRoot() throws IOException {
    Path locked = HostileFiles.unreadable(dir.resolve("locked.yaml"), "catalog: acme\n");
    if (Files.isReadable(locked)) {
      assertEquals("catalog: acme\n", new String(BoundedFiles.read(locked, LIMIT), StandardCharsets.UTF_8),
          "running as root: permissions do not stop reading");
      return;
    }
    Refusal refusal = refused(() -> BoundedFiles.read(locked, LIMIT));
    assertEquals(Refusal.Kind.NOT_READABLE, refusal.kind());
    assertEquals("locked.yaml cannot be read: permission denied", refusal.problem());
  }

  @Test
  void anEndlessStreamIsReadToOneBytePastTheLimitAndNoFurther() {
    HostileFiles.Endless endless = new HostileFiles.Endless();
    Refusal refusal = refused(() -> BoundedFiles.read(endless, "jar:file:/a.jar!/errorcatalog/z.yaml", LIMIT));
    assertEquals(LIMIT + 1L, endless.bytesRead());
    assertEquals("z.yaml has more than the 33,554,432 bytes a catalog may have", refusal.problem());
  }

  @Test
  void headReadsNoMoreThanAskedOfAnyRegularFile() throws IOException {
    Path big = HostileFiles.sparse(dir.resolve("page.md"), HostileFiles.TWO_GB);
    assertEquals(100, BoundedFiles.head(big, 100).length);
    Path small = Files.writeString(dir.resolve("small.md"), "abc");
    assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), BoundedFiles.head(small, 100));
  }

  @Test
  void aJarEntryThatInflatesPastTheLimitIsReadToOneBytePastIt() throws IOException {
    Path jar = Jars.withEntry(dir.resolve("bomb.jar"), "errorcatalog/bomb.yaml", LIMIT + 1024 * 1024, 0);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry("errorcatalog/bomb.yaml");
      HostileFiles.Counting in = new HostileFiles.Counting(zip.getInputStream(entry));
      Refusal refusal = refused(() -> BoundedFiles.read(in, "bomb.yaml", LIMIT));
      assertEquals(LIMIT + 1L, in.bytesRead());
      assertEquals(Refusal.Kind.TOO_LARGE, refusal.kind());
    }
  }

  @Test
  void aJarEntryWhoseStatedSizeLiesIsStillReadToOneBytePastTheLimit() throws IOException {
    Path jar = Jars.withEntry(dir.resolve("liar.jar"), "errorcatalog/liar.yaml", 100_000, 10);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry entry = zip.getEntry("errorcatalog/liar.yaml");
      assertEquals(10, entry.getSize(), "the central directory says 10 bytes");
      HostileFiles.Counting in = new HostileFiles.Counting(zip.getInputStream(entry));
      refused(() -> BoundedFiles.read(in, "liar.yaml", 1000));
      assertEquals(1001, in.bytesRead());
    }
  }

  @Test
  void notAFolderSaysWhatIsThereInstead() throws IOException {
    HostileFiles.assumeUnix();
    assertEquals(Optional.empty(), BoundedFiles.notAFolder(dir));
    assertEquals(Optional.empty(), BoundedFiles.notAFolder(dir.resolve("new")), "created when missing");
    assertEquals("/dev/zero is a device, not a folder",
        BoundedFiles.notAFolder(Path.of("/dev/zero")).orElseThrow().message());
    Path file = Files.writeString(dir.resolve("out"), "");
    assertEquals(file + " is a file, not a folder", BoundedFiles.notAFolder(file).orElseThrow().message());
  }

  @Test
  void aRegularFileWithinTheLimitIsReadAsItIs() throws IOException {
    byte[] bytes = "catalog: acme\n".getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("acme.yaml"), bytes);
    assertTrue(Arrays.equals(bytes, BoundedFiles.read(file, LIMIT)));
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), file);
    assertArrayEquals(bytes, BoundedFiles.read(link, LIMIT), "a link is followed to a regular file");
  }
}
