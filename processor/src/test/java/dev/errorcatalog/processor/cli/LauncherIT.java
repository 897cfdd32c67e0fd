package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher zip as a writer gets it (README, "The writers' command line"): unzipped into a folder whose path
 * has a space, its {@code errorcatalog} script run on the shipped catalogs, the first time making the class-data
 * archive beside the jar and the next time mapping it. Runs in the integration-test phase, after the package
 * phase has built the zip (processor/pom.xml); the zip's path comes from the build. Not on Windows, where
 * {@code errorcatalog.cmd} is the launcher (not run here).
 */
class LauncherIT {

  private static final Path ZIP = Paths.get(System.getProperty("errorcatalog.cli.dist",
      "target/errorcatalog-processor-" + System.getProperty("errorcatalog.version") + "-cli-dist.zip"));
  private static final Path SHIPPED = Paths.get("../catalog/src/main/resources/errorcatalog");
  private static final Path MISTAKES = Paths.get("src/test/resources/mistakes");
  private static final long DEADLINE_SECONDS = 120;

  @TempDir static Path shared;
  private static Path catalogs;

  /** A folder of this test's own, with the zip unpacked in it, under a path with a space. */
  @TempDir Path work;
  private Path home;

  @BeforeAll
  static void copyTheShippedCatalogs() throws IOException {
    assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the sh launcher; errorcatalog.cmd is not run");
    assertTrue(Files.isRegularFile(ZIP), ZIP + " is missing: the package phase builds it");
    catalogs = Files.createDirectories(shared.resolve("api docs/errorcatalog"));
    try (Stream<Path> files = Files.list(SHIPPED)) {
      for (Path file : files.sorted().collect(Collectors.toList())) {
        Files.copy(file, catalogs.resolve(file.getFileName().toString()));
      }
    }
  }

  /** Unzips as {@code unzip} does, with each file's mode as the zip gives it. */
  @BeforeEach
  void unzipAsAWriterDoes() throws IOException {
    Path into = Files.createDirectories(work.resolve("my tools"));
    Map<String, Integer> modes = unixModes(ZIP);
    try (ZipFile zip = new ZipFile(ZIP.toFile())) {
      for (ZipEntry entry : zip.stream().collect(Collectors.toList())) {
        Path target = into.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(into), entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target);
        }
        Files.setPosixFilePermissions(target, permissions(modes.get(entry.getName())));
      }
    }
    home = into.resolve("errorcatalog-" + System.getProperty("errorcatalog.version"));
  }

  @Test
  void theZipHoldsTheLaunchersBesideTheJarAndOnlyTheScriptIsExecutable() throws IOException {
    String base = "errorcatalog-" + System.getProperty("errorcatalog.version") + "/";
    Map<String, Integer> modes = unixModes(ZIP);
    assertEquals(Set.of(base, base + "errorcatalog", base + "errorcatalog.cmd", base + "errorcatalog-cli.jar",
        base + "README.txt"), modes.keySet());
    assertEquals(0755, modes.get(base + "errorcatalog") & 0777, "the script is executable");
    assertEquals(0644, modes.get(base + "errorcatalog-cli.jar") & 0777);
    String cmd = Files.readString(home.resolve("errorcatalog.cmd"), StandardCharsets.US_ASCII);
    assertTrue(cmd.contains("-XX:TieredStopAtLevel=1") && cmd.contains("\r\n"), cmd);
    assertTrue(Files.readString(home.resolve("errorcatalog")).startsWith("#!/bin/sh\n"));
  }

  @Test
  void checkOfTheShippedCatalogsMakesTheArchiveOnceThenMapsIt() throws Exception {
    long files;
    try (Stream<Path> list = Files.list(catalogs)) {
      files = list.count();
    }
    String summary = files + " catalogs checked: no errors";
    assertEquals(List.of(), madeByTheLauncher());

    Run first = launch(Map.of(), "check", catalogs.toString());
    assertEquals(0, first.exit, first::toString);
    assertTrue(first.lastLine().startsWith(summary), first::toString);
    assertEquals("", first.err, "no word from the JVM or the launcher: " + first);
    Path archive = archive();
    FileTime made = Files.getLastModifiedTime(archive);

    Run second = launch(Map.of(), "check", catalogs.toString());
    assertEquals(0, second.exit, second::toString);
    assertEquals(first.out, second.out);
    assertEquals("", second.err, second::toString);
    assertEquals(made, Files.getLastModifiedTime(archive), "the second run maps the archive, it does not make it");

    // The classes of the command come from the archive: the class-loading log says so.
    Path log = work.resolve("class-load.log");
    Run logged = launch(Map.of("ERRORCATALOG_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "check",
        catalogs.toString());
    assertEquals(0, logged.exit, logged::toString);
    List<String> mains = Files.readAllLines(log).stream()
        .filter(line -> line.contains(" dev.errorcatalog.processor.cli.Main ")).collect(Collectors.toList());
    assertEquals(1, mains.size(), () -> String.join("\n", mains));
    assertTrue(mains.get(0).contains("shared objects file"), mains.get(0));
  }

  @Test
  void argumentsWithSpacesAndTheExitCodePassThrough() throws Exception {
    Path file = Files.createDirectories(work.resolve("a folder")).resolve("my orders.yaml");
    Files.copy(MISTAKES.resolve("misspelled-key.yaml"), file);
    Run run = launch(Map.of(), "check", file.toString());
    assertEquals(1, run.exit, run::toString);
    assertTrue(run.out.startsWith(file + ":23:5: error[EC002 unknown-key]: 'fx' is not a key of an entry."),
        run::toString);

    Run wrong = launch(Map.of(), "no-such-command");
    assertEquals(2, wrong.exit, wrong::toString);
  }

  @Test
  void aJarNewerThanItsArchiveGetsANewArchive() throws Exception {
    Run first = launch(Map.of(), "explain", "EC002");
    assertEquals(0, first.exit, first::toString);
    // As if a newer zip had been unpacked over this one: the archive (and a copy of the jar) from before it.
    FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 120_000);
    for (Path made : madeByTheLauncher()) {
      Files.setLastModifiedTime(made, before);
    }
    Path jar = home.resolve("errorcatalog-cli.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis()));
    Run after = launch(Map.of(), "explain", "EC002");
    assertEquals(0, after.exit, after::toString);
    assertEquals(first.out, after.out);
    assertEquals("", after.err, after::toString);
    assertTrue(Files.getLastModifiedTime(archive()).compareTo(Files.getLastModifiedTime(jar)) >= 0,
        "the archive was made again, after the jar");
  }

  @Test
  void aJavaOlderThan17IsNamedWithWhatToDo() throws Exception {
    Path old = Files.createDirectories(work.resolve("old jdk/bin"));
    Files.writeString(old.resolve("java"), "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
    Files.setPosixFilePermissions(old.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    Run run = launch(Map.of("JAVA_HOME", old.getParent().toString()), "check", catalogs.toString());
    assertEquals(2, run.exit, run::toString);
    assertEquals("errorcatalog: " + old.resolve("java") + " is Java 11.0.2; errorcatalog needs Java 17 or later"
        + " (set JAVA_HOME to one)\n", run.err);

    Run none = launch(Map.of("JAVA_HOME", work.resolve("nowhere").toString()), "check", catalogs.toString());
    assertEquals(2, none.exit, none::toString);
    assertTrue(none.err.startsWith("errorcatalog: JAVA_HOME is '" + work.resolve("nowhere") + "', but it has no"
        + " bin/java"), none.err);
  }

  /**
   * The one archive the launcher made: beside the jar, or in the user's cache (for Java 17 and 18, whose archives
   * do not serve a jar whose path has a space, as here, the launcher runs a copy of the jar from there).
   */
  private Path archive() throws IOException {
    List<Path> made = madeByTheLauncher();
    List<Path> archives = made.stream().filter(p -> p.toString().endsWith(".jsa")).collect(Collectors.toList());
    assertEquals(1, archives.size(), made::toString);
    assertTrue(archives.get(0).getFileName().toString().matches("errorcatalog-cli-java-[0-9][0-9A-Za-z._-]*\\.jsa"),
        archives::toString);
    return archives.get(0);
  }

  /** The files the launcher wrote beside the jar and in the user's cache (no half-written one may stay). */
  private List<Path> madeByTheLauncher() throws IOException {
    Set<String> zipped = Set.of("errorcatalog", "errorcatalog.cmd", "errorcatalog-cli.jar", "README.txt");
    List<Path> made = new ArrayList<>();
    try (Stream<Path> list = Files.list(home)) {
      list.filter(p -> !zipped.contains(p.getFileName().toString())).forEach(made::add);
    }
    if (Files.isDirectory(userCache())) {
      try (Stream<Path> list = Files.walk(userCache())) {
        list.filter(Files::isRegularFile).forEach(made::add);
      }
    }
    for (Path file : made) {
      assertTrue(file.getFileName().toString().matches("errorcatalog-cli(-java-.*\\.jsa|\\.jar)"), file::toString);
    }
    return made;
  }

  /** XDG_CACHE_HOME of the launcher's runs: never the real one of whoever runs the build. */
  private Path userCache() {
    return work.resolve("cache");
  }

  /** The script, run by its path with the Java running this test (JAVA_HOME), with a deadline. */
  private Run launch(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("errorcatalog").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("ERRORCATALOG_JAVA_OPTS");
    builder.environment().remove("ERRORCATALOG_CDS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("XDG_CACHE_HOME", userCache().toString());
    builder.environment().putAll(env);
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("errorcatalog " + String.join(" ", args) + " did not end within " + DEADLINE_SECONDS + " s");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private record Run(int exit, String out, String err) {
    String lastLine() {
      String[] lines = out.split("\n");
      return lines[lines.length - 1];
    }
  }

  /** Each entry's Unix mode, from the zip's central directory (java.util.zip does not read it). */
  private static Map<String, Integer> unixModes(Path zip) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(zip)).order(ByteOrder.LITTLE_ENDIAN);
    int end = bytes.limit() - 22;
    while (end >= 0 && bytes.getInt(end) != 0x06054b50) {
      end--;
    }
    assertTrue(end >= 0, "no end of central directory in " + zip);
    int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
    int at = bytes.getInt(end + 16);
    Map<String, Integer> modes = new TreeMap<>();
    for (int i = 0; i < entries; i++) {
      assertEquals(0x02014b50, bytes.getInt(at), "a central directory entry");
      int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
      int external = bytes.getInt(at + 38);
      byte[] name = new byte[nameLength];
      bytes.get(at + 46, name);
      modes.put(new String(name, StandardCharsets.UTF_8), external >>> 16);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return modes;
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    StringBuilder text = new StringBuilder();
    String letters = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; bit--) {
      text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
    }
    return PosixFilePermissions.fromString(text.toString());
  }
}
