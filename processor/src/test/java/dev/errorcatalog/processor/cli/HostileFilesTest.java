package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.errorcatalog.processor.testing.HostileFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 32, hostile files: whatever a path names (a named pipe, a link to {@code /dev/zero}, a sparse file of
 * two gigabytes, a link to nothing, a device as the docs folder), the command line answers at once with one
 * plain line for it and the summary, exit 1: no wait, no stack trace, no exception's class name. The deadline
 * runs the test in a thread of its own, so a regression that opens a pipe fails instead of hanging the build.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileFilesTest {

  private static final Path GOOD = Paths.get("src/test/resources/catalog-fixtures/pingback.yaml");
  private static final String NOT_A_FILE_FIX =
      " A catalog is read from a regular file: name the YAML file itself, or move this out of the folder of catalogs.";

  @TempDir Path dir;

  /** Nothing a writer cannot read: no class name, no stack trace. */
  private static void assertPlain(CliRun r) {
    String all = r.out() + r.err();
    for (String word : List.of("Exception", "java.", "\tat ", "Caused by")) {
      assertFalse(all.contains(word), () -> "'" + word + "' printed:\n" + all);
    }
  }

  /** Exit 1, exactly the given lines on the standard output, nothing on the error output. */
  private static void assertRefused(CliRun r, String... lines) {
    assertPlain(r);
    assertEquals(String.join("\n", lines) + "\n", r.out());
    assertEquals("", r.err());
    assertEquals(1, r.exit());
  }

  @Test
  void checkOfANamedPipeSaysSoAtOnce() throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("f.yaml"));
    assertRefused(CliRun.of("check", fifo.toString()),
        fifo + ":1:1: error[EC022 unreadable-catalog]: f.yaml is a named pipe (FIFO), not a file." + NOT_A_FILE_FIX,
        "1 catalog checked: 1 error, no warnings");
  }

  @Test
  void checkOfALinkToDevZeroSaysWhereItLeads() throws IOException {
    Path zero = HostileFiles.linkToDevZero(dir.resolve("z.yaml"));
    assertRefused(CliRun.of("check", zero.toString()),
        zero + ":1:1: error[EC022 unreadable-catalog]: z.yaml is a link to /dev/zero, which is a device, not a file."
            + NOT_A_FILE_FIX,
        "1 catalog checked: 1 error, no warnings");
  }

  @Test
  void checkOfATwoGigabyteSparseFileGivesItsSize() throws IOException {
    Path big = HostileFiles.sparse(dir.resolve("big.yaml"), HostileFiles.TWO_GB);
    assertRefused(CliRun.of("check", big.toString()),
        big + ":1:1: error[EC022 unreadable-catalog]: big.yaml has 2,147,483,648 bytes, more than the 33,554,432 a"
            + " catalog may have. Split it into several catalogs.",
        "1 catalog checked: 1 error, no warnings");
  }

  @Test
  void checkOfAFolderReportsEachEntryThatIsNotAFileAndChecksTheRest() throws Exception {
    Files.copy(GOOD, dir.resolve("a-good.yaml"));
    Path broken = HostileFiles.brokenLink(dir.resolve("b-broken.yaml"));
    Path fifo = HostileFiles.fifo(dir.resolve("c-fifo.yml"));
    Path zero = HostileFiles.linkToDevZero(dir.resolve("d-zero.yaml"));
    Files.createDirectories(dir.resolve("e-folder.yaml")); // a folder is searched, never read
    Files.writeString(dir.resolve("notes.txt"), "not a catalog");
    assertRefused(CliRun.of("check", dir.toString()),
        broken + ":1:1: error[EC022 unreadable-catalog]: b-broken.yaml is a link to " + dir.resolve("nowhere.yaml")
            + ", which does not exist. Point the link at the catalog file, or remove it.",
        fifo + ":1:1: error[EC022 unreadable-catalog]: c-fifo.yml is a named pipe (FIFO), not a file." + NOT_A_FILE_FIX,
        zero + ":1:1: error[EC022 unreadable-catalog]: d-zero.yaml is a link to /dev/zero, which is a device, not a"
            + " file." + NOT_A_FILE_FIX,
        "4 catalogs checked: 3 errors, no warnings");
  }

  /** Root reads any file whatever its permissions: there the file is checked, and the test says so. */
  @Test
  void checkOfAFileNobodyMayReadSaysSoUnlessTheUserIsRoot() throws IOException {
    Path locked = HostileFiles.unreadable(dir.resolve("locked.yaml"), Files.readString(GOOD));
    CliRun r = CliRun.of("check", locked.toString());
    assertPlain(r);
    if (Files.isReadable(locked)) {
      assertEquals("1 catalog checked: no errors, no warnings\n", r.out(), "running as root: permissions do not stop reading");
      return;
    }
    assertRefused(r, locked + ":1:1: error[EC022 unreadable-catalog]: locked.yaml cannot be read: permission denied."
            + " Give the user who runs the check or the build permission to read it.",
        "1 catalog checked: 1 error, no warnings");
  }

  @Test
  void docsIntoADeviceIsOnePlainLine() {
    HostileFiles.assumeUnix();
    CliRun r = CliRun.of("docs", GOOD.toString(), "/dev/zero");
    assertRefused(r, "errorcatalog: could not write the docs to /dev/zero: /dev/zero is a device, not a"
            + " folder. Name a folder (it is created when missing).",
        "1 catalog checked: no errors, no warnings");
  }

  @Test
  void docsIntoAFileIsOnePlainLine() throws IOException {
    Path file = Files.writeString(dir.resolve("site"), "");
    assertRefused(CliRun.of("docs", GOOD.toString(), file.toString()),
        "errorcatalog: could not write the docs to " + file + ": " + file + " is a file, not a folder."
            + " Name a folder (it is created when missing).",
        "1 catalog checked: no errors, no warnings");
  }

  @Test
  void docsWhereAPageIsANamedPipeFailsWithoutWaitingOnIt() throws Exception {
    Path site = Files.createDirectory(dir.resolve("site"));
    Path fifo = HostileFiles.fifo(site.resolve("index.md"));
    assertRefused(CliRun.of("docs", GOOD.toString(), site.toString()),
        "errorcatalog: could not write the docs to " + site + ": " + fifo + " is a named pipe (FIFO),"
            + " not a file.",
        "1 catalog checked: no errors, no warnings");
  }

  @Test
  void diffWithANamedPipeAsTheBaselineIsOnePlainLine() throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("old.yaml"));
    CliRun r = CliRun.of("diff", fifo.toString(), GOOD.toString());
    assertRefused(r, "error[EC031 baseline-unreadable]: the baseline " + fifo + " could not be read: " + fifo
            + " is a named pipe (FIFO), not a file. Name the released catalog: a YAML file, a folder of them, or the"
            + " catalog jar of the release.",
        "1 catalog checked: 1 error, no warnings");
  }

  /** The last resort for what a command did not expect: a plain message, not the exception. */
  @Test
  void anUnexpectedFailureIsPrintedInPlainWords() {
    Path missing = dir.resolve("no/such");
    CliRun r = CliRun.of("watch", missing.resolve("x.yaml").toString(), dir.resolve("site").toString());
    assertPlain(r);
    assertEquals("errorcatalog: " + missing + " does not exist.\n", r.err());
    assertEquals(1, r.exit());
  }

  /**
   * A catalog within the size limit that needs more heap than the JVM has: one plain line saying how to give it
   * more, not the error's stack trace. Run in a JVM of its own with a small heap, as a writer's would be.
   */
  @Test
  void runningOutOfMemoryIsOnePlainLine() throws IOException, InterruptedException {
    Path huge = dir.resolve("huge.yaml");
    Files.writeString(huge, "catalog: huge\ntitle: " + "x".repeat(30 * 1024 * 1024) + "\nentries: []\n");
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx16m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", huge.toString())
        .redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    CliRun r = new CliRun(java.waitFor(), output, "");
    assertPlain(r);
    assertEquals("errorcatalog: Java ran out of memory (its heap). Give it more, for example java -Xmx2g -jar"
        + " errorcatalog-cli.jar check " + huge + " (or split the largest catalog).\n", output);
    assertEquals(1, r.exit());
  }
}
