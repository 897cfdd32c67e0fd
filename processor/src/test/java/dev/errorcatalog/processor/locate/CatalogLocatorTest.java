package dev.errorcatalog.processor.locate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import dev.errorcatalog.processor.diagnostics.CatalogBuild;
import dev.errorcatalog.processor.testing.HostileFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Where the processor finds catalogs, what it names them in diagnostics, and what it says when it cannot. */
class CatalogLocatorTest {

  /**
   * A catalog with one mistake at a known place (line 3, column 10): the error it causes names the file
   * the processor found, so these tests see which file was read without depending on the generators.
   */
  private static String catalog(String id) {
    return "catalog: " + id + "\ntitle: Acme API\nentries: []\n";
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** The test class path plus {@code extra}: the processor's own classes stay visible to javac. */
  private static List<File> classPathWith(File extra) {
    List<File> files = new ArrayList<>();
    files.add(extra);
    Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(File::new).forEach(files::add);
    return files;
  }

  private static Compiler javac() {
    return Compiler.javac().withProcessors(new ErrorCatalogProcessor());
  }

  /** Compiles {@code source} with {@code dir} as the catalog path option. */
  private static Compilation withPath(Path dir, JavaFileObject source) {
    return javac().withOptions("-Aerrorcatalog.path=" + dir).compile(source);
  }

  /** Compiles {@code source} with {@code entry} (a directory or jar) in front of the test class path. */
  private static Compilation onClassPath(Path entry, JavaFileObject source) {
    return javac().withClasspath(classPathWith(entry.toFile())).compile(source);
  }

  /** The catalog was read from {@code file}: its mistake is reported with that name, on the annotation. */
  private static void assertFound(Compilation compilation, JavaFileObject source, String file) {
    assertThat(compilation).hadErrorContaining(file + ":3:10: error[EC014 empty-catalog]")
        .inFile(source).onLine(CatalogBuild.ANNOTATION_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void findsTheCatalogInAnOptionDirectory(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("acme.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    assertFound(withPath(dir, source), source, file.toString());
  }

  @Test
  void findsTheResourceLayoutInTheSecondOptionDirectory(@TempDir Path dir, @TempDir Path other) throws IOException {
    Path file = write(dir.resolve("errorcatalog/acme.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = javac()
        .withOptions("-Aerrorcatalog.path=" + other + File.pathSeparator + dir).compile(source);
    assertFound(compilation, source, file.toString());
  }

  @Test
  void theOptionDirectoryComesBeforeTheClassPath(@TempDir Path dir, @TempDir Path classes) throws IOException {
    Path file = write(dir.resolve("acme.yaml"), catalog("acme"));
    write(classes.resolve("errorcatalog/acme.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = javac().withOptions("-Aerrorcatalog.path=" + dir)
        .withClasspath(classPathWith(classes.toFile())).compile(source);
    assertFound(compilation, source, file.toString());
  }

  @Test
  void findsTheCatalogInAClassPathDirectory(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("errorcatalog/acme.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = onClassPath(dir, source);
    assertFound(compilation, source, file.toString());
  }

  @Test
  void findsTheYmlSpellingToo(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("errorcatalog/acme.yml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = onClassPath(dir, source);
    assertFound(compilation, source, file.toString());
  }

  @Test
  void findsTheCatalogInAJarAndNamesTheJarEntry(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("catalogs.jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry("errorcatalog/acme.yaml"));
      out.write(catalog("acme").getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    Compilation compilation = onClassPath(jar, source);
    assertFound(compilation, source, "catalogs.jar!/errorcatalog/acme.yaml");
  }

  @Test
  void findsANamedFileUnderAnOptionDirectory(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("catalogs/mine.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("file = \"catalogs/mine.yaml\"");
    assertFound(withPath(dir, source), source, file.toString());
  }

  @Test
  void findsANamedFileOnTheClassPath(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("catalogs/mine.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("file = \"catalogs/mine.yaml\"");
    Compilation compilation = onClassPath(dir, source);
    assertFound(compilation, source, file.toString());
  }

  @Test
  void findsANamedFileByAbsolutePath(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("some/where/mine.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("file = \"" + file.toString().replace("\\", "\\\\") + "\"");
    assertFound(javac().compile(source), source, file.toString());
  }

  @Test
  void catalogNotFoundListsEveryPlaceLooked(@TempDir Path dir) {
    JavaFileObject source = CatalogBuild.source("\"nope\"");
    Compilation compilation = withPath(dir, source);
    assertThat(compilation).hadErrorContaining("error[EC015 catalog-not-found]: catalog \"nope\" not found")
        .inFile(source).onLine(CatalogBuild.ANNOTATION_LINE);
    String message = compilation.errors().get(0).getMessage(Locale.ROOT);
    for (String place : List.of(
        dir.resolve("errorcatalog/nope.yaml").toString(), dir.resolve("nope.yaml").toString(),
        dir.resolve("errorcatalog/nope.yml").toString(),
        "CLASS_OUTPUT: errorcatalog/nope.yaml", "SOURCE_PATH: errorcatalog/nope.yaml",
        "CLASS_PATH: errorcatalog/nope.yaml", "ANNOTATION_PROCESSOR_PATH: errorcatalog/nope.yaml",
        "CLASS_PATH: errorcatalog/nope.yml", "src/main/resources/errorcatalog/", "-Aerrorcatalog.path")) {
      assertTrue(message.contains(place), () -> "expected '" + place + "' in: " + message);
    }
  }

  @Test
  void catalogNotFoundByFileListsThePlacesLooked(@TempDir Path dir) {
    JavaFileObject source = CatalogBuild.source("file = \"catalogs/missing.yaml\"");
    Compilation compilation = withPath(dir, source);
    assertThat(compilation).hadErrorContaining("error[EC015 catalog-not-found]: catalog file \"catalogs/missing.yaml\"")
        .inFile(source).onLine(CatalogBuild.ANNOTATION_LINE);
    assertThat(compilation).hadErrorContaining(dir.resolve("catalogs/missing.yaml").toString());
    assertThat(compilation).hadErrorContaining("CLASS_PATH: catalogs/missing.yaml");
  }

  /** The processor refuses what is not a catalog file at the annotation, at once: one error, in plain words. */
  private static void assertRefused(Compilation compilation, JavaFileObject source, String error) {
    assertThat(compilation).hadErrorContaining(error).inFile(source).onLine(CatalogBuild.ANNOTATION_LINE);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeInAnOptionDirectoryIsRefusedNotOpened(@TempDir Path dir) throws Exception {
    Path fifo = HostileFiles.fifo(dir.resolve("acme.yaml"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    assertRefused(withPath(dir, source), source,
        fifo + ":1:1: error[EC022 unreadable-catalog]: acme.yaml is a named pipe (FIFO), not a file.");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aNamedPipeInAClassPathDirectoryIsRefusedNotOpened(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("errorcatalog"));
    Path fifo = HostileFiles.fifo(dir.resolve("errorcatalog/acme.yaml"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    assertRefused(onClassPath(dir, source), source,
        fifo + ":1:1: error[EC022 unreadable-catalog]: acme.yaml is a named pipe (FIFO), not a file.");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLinkToDevZeroIsRefused(@TempDir Path dir) throws IOException {
    Path zero = HostileFiles.linkToDevZero(dir.resolve("acme.yaml"));
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    assertRefused(withPath(dir, source), source, zero
        + ":1:1: error[EC022 unreadable-catalog]: acme.yaml is a link to /dev/zero, which is a device, not a file.");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aSparseFileOfTwoGigabytesIsRefusedBySize(@TempDir Path dir) throws IOException {
    Path big = HostileFiles.sparse(dir.resolve("acme.yaml"), HostileFiles.TWO_GB);
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    assertRefused(withPath(dir, source), source, big + ":1:1: error[EC022 unreadable-catalog]: acme.yaml has"
        + " 2,147,483,648 bytes, more than the 33,554,432 a catalog may have. Split it into several catalogs.");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFolderNamedAsTheFileIsRefused(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("x.yaml"));
    JavaFileObject source = CatalogBuild.source("file = \"" + folder.toString().replace("\\", "\\\\") + "\"");
    assertRefused(javac().compile(source), source,
        folder + ":1:1: error[EC022 unreadable-catalog]: x.yaml is a folder, not a file. Name the YAML file, not a folder.");
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aJarEntryThatInflatesPastTheLimitIsRefused(@TempDir Path dir) throws IOException {
    Path jar = Jars.withEntry(dir.resolve("bomb.jar"), "errorcatalog/acme.yaml", 40 * 1024 * 1024, 10);
    JavaFileObject source = CatalogBuild.source("\"acme\"");
    assertRefused(onClassPath(jar, source), source,
        "bomb.jar!/errorcatalog/acme.yaml:1:1: error[EC022 unreadable-catalog]: acme.yaml has more than the"
            + " 33,554,432 bytes a catalog may have.");
  }

  @Test
  void annotationWithBothOrNeitherOfIdAndFile() {
    for (String args : List.of("value = \"acme\", file = \"acme.yaml\"", "", "\"  \"")) {
      JavaFileObject source = CatalogBuild.source(args);
      Compilation compilation = javac().compile(source);
      assertThat(compilation).hadErrorContaining("error[EC023 bad-annotation]: @ErrorCatalog needs exactly one of value")
          .inFile(source).onLine(CatalogBuild.ANNOTATION_LINE);
      assertThat(compilation).hadErrorContaining("@ErrorCatalog(file = \"catalogs/my-api.yaml\")");
    }
  }

  @Test
  void annotationWithAPrefixThatIsNoIdentifier(@TempDir Path dir) throws IOException {
    write(dir.resolve("acme.yaml"), catalog("acme"));
    JavaFileObject source = CatalogBuild.source("value = \"acme\", prefix = \"9lives\"");
    Compilation compilation = withPath(dir, source);
    assertThat(compilation).hadErrorContaining("error[EC023 bad-annotation]: prefix \"9lives\" is not a Java identifier")
        .inFile(source).onLine(CatalogBuild.ANNOTATION_LINE);
  }
}
