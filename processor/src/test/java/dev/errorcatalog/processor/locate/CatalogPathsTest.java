package dev.errorcatalog.processor.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errorcatalog.processor.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing opens folders only: every entry with a catalog's name that is not a folder is listed, whatever it is,
 * so reading it can say why it is no catalog; a folder that cannot be listed is reported, not thrown.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CatalogPathsTest {

  @TempDir Path dir;

  private CatalogPaths list(Path... paths) {
    return CatalogPaths.of(List.of(paths), name -> name.endsWith(".yaml"));
  }

  @Test
  void everyEntryWithACatalogsNameThatIsNoFolderIsListedInPathOrder() throws Exception {
    Path sub = Files.createDirectories(dir.resolve("sub"));
    Path good = Files.writeString(sub.resolve("a.yaml"), "catalog: a\n");
    Path fifo = HostileFiles.fifo(dir.resolve("b.yaml"));
    Path broken = HostileFiles.brokenLink(dir.resolve("c.yaml"));
    Path zero = HostileFiles.linkToDevZero(dir.resolve("d.yaml"));
    Files.createDirectories(dir.resolve("folder.yaml"));
    Files.createSymbolicLink(dir.resolve("link-to-folder.yaml"), sub);
    Files.writeString(dir.resolve("notes.txt"), "");
    assertEquals(new CatalogPaths(List.of(fifo, broken, zero, good), List.of()), list(dir));
  }

  @Test
  void aFileIsListedAsGivenWhateverItIs() throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("pipe"));
    Path missing = dir.resolve("missing.yaml");
    assertEquals(new CatalogPaths(List.of(fifo, missing), List.of()), list(fifo, missing, fifo));
  }

  @Test
  void aFileThatVanishedBetweenListingAndReadingIsMissing() throws IOException {
    Path file = Files.writeString(dir.resolve("a.yaml"), "catalog: a\n");
    CatalogPaths listed = list(dir);
    Files.delete(file);
    LocatedCatalog read = LocatedCatalog.read(listed.files().get(0), 1000);
    assertEquals(new Refusal(file.toString(), Refusal.Kind.MISSING, "does not exist", "Check the path."),
        read.refusal());
  }

  /** Root lists any folder whatever its permissions: there, nothing is unlisted, and the test says so. */
  @Test
  void aFolderThatCannotBeListedIsReportedUnlessTheUserIsRoot() throws IOException {
    HostileFiles.assumeUnix();
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("a.yaml"), "catalog: a\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      CatalogPaths listed = list(dir);
      if (Files.isReadable(locked)) {
        assertEquals(List.of(locked.resolve("a.yaml")), listed.files(), "running as root: permissions do not stop it");
        return;
      }
      assertEquals(List.of(new Refusal(locked.toString(), Refusal.Kind.NOT_READABLE,
          "cannot be listed: permission denied", "Give the user who runs the check or the build permission to list it.")),
          listed.unlisted());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
