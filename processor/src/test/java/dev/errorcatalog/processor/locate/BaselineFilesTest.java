package dev.errorcatalog.processor.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errorcatalog.processor.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A baseline is read as a catalog is: regular files and jar entries only, none past the limit. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BaselineFilesTest {

  private static final int LIMIT = 1000;

  @TempDir Path dir;

  private String refusal(Path baseline) {
    return assertThrows(RefusedException.class, () -> BaselineFiles.read(baseline, LIMIT)).getMessage();
  }

  @Test
  void aJarEntryLargerThanItsStatedLimitIsRefusedBeforeItIsRead() throws IOException {
    Path jar = Jars.withEntry(dir.resolve("big.jar"), "errorcatalog/big.yaml", 100_000, 0);
    assertEquals("jar:" + jar.toUri() + "!/errorcatalog/big.yaml has 100,000 bytes, more than the 1,000 a catalog"
        + " may have", refusal(jar));
  }

  @Test
  void aJarEntryThatLiesAboutItsSizeIsRefusedWhenItGoesOn() throws IOException {
    Path jar = Jars.withEntry(dir.resolve("liar.jar"), "errorcatalog/liar.yaml", 100_000, 10);
    assertEquals("jar:" + jar.toUri() + "!/errorcatalog/liar.yaml has more than the 1,000 bytes a catalog may have",
        refusal(jar));
  }

  @Test
  void aNamedPipeInABaselineFolderIsRefusedNotSkipped() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "catalog: a\n");
    Path fifo = HostileFiles.fifo(dir.resolve("b.yaml"));
    assertEquals(fifo + " is a named pipe (FIFO), not a file", refusal(dir));
  }

  @Test
  void aNamedPipeNamedLikeAJarIsNeverOpenedAsOne() throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("release.jar"));
    assertEquals(fifo + " is a named pipe (FIFO), not a file", refusal(fifo));
  }

  @Test
  void aLinkToDevZeroAsTheBaselineIsRefused() throws IOException {
    Path zero = HostileFiles.linkToDevZero(dir.resolve("old.yaml"));
    assertEquals(zero + " is a link to /dev/zero, which is a device, not a file", refusal(zero));
  }

  @Test
  void theRegularFilesOfAFolderAreRead() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "catalog: a\n");
    Jars.withEntry(dir.resolve("b.jar"), "errorcatalog/b.yaml", 10, 0);
    List<LocatedCatalog> read = BaselineFiles.read(dir, LIMIT);
    assertEquals(List.of(dir.resolve("a.yaml").toString(), "jar:" + dir.resolve("b.jar").toUri() + "!/errorcatalog/b.yaml"),
        read.stream().map(LocatedCatalog::file).toList());
  }
}
