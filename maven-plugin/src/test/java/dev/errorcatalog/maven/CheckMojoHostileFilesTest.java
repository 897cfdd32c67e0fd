package dev.errorcatalog.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin reads catalogs as the command line does (both run the processor's {@code CatalogFilesBuild}): a
 * named pipe or a sparse file of two gigabytes among the catalogs fails the goal at once, one plain line each,
 * instead of hanging the build or running it out of memory.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CheckMojoHostileFilesTest {

  @TempDir Path dir;

  @Test
  void aNamedPipeAndAHugeFileFailTheGoalInPlainWords() throws Exception {
    assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), "no named pipes");
    Path fifo = dir.resolve("a-pipe.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    Path big = sparse(dir.resolve("b-big.yaml"), 2L * 1024 * 1024 * 1024);

    CheckMojo mojo = new CheckMojo();
    set(mojo, "catalogs", List.of(dir.toFile()));
    MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("\n"
        + fifo + ":1:1: error[EC022 unreadable-catalog]: a-pipe.yaml is a named pipe (FIFO), not a file. A catalog is"
        + " read from a regular file: name the YAML file itself, or move this out of the folder of catalogs.\n"
        + big + ":1:1: error[EC022 unreadable-catalog]: b-big.yaml has 2,147,483,648 bytes, more than the 33,554,432"
        + " a catalog may have. Split it into several catalogs.\n"
        + "2 catalogs checked: 2 errors, no warnings\n", failure.getMessage());
  }

  private static Path sparse(Path path, long size) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(size);
    }
    return path;
  }

  /** Sets a parameter as Maven would inject it. */
  private static void set(CatalogMojo mojo, String name, Object value) throws ReflectiveOperationException {
    Field field = CatalogMojo.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }
}
