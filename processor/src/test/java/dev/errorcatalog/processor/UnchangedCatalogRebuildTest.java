package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unchanged-catalog rebuild with real javac and a class output on disk: a second build with nothing changed
 * replays the first's files byte for byte and its warnings, without writing its cache again; a change to any
 * part of the key (the YAML, an option, the baseline, the processor, the release) builds in full; a cache that
 * cannot be read whole is no cache; a catalog with an error is never kept.
 */
class UnchangedCatalogRebuildTest {

  /** Long ago: a cache file still this old after a build was read, not written again. */
  private static final FileTime OLD = FileTime.fromMillis(86_400_000L);
  private static final String OLD_MESSAGE = "Body is necessary.";

  @TempDir Path root;
  private Path catalogs;
  private Path out;
  private Path source;
  private Path yaml;

  @BeforeEach
  void setUp() throws IOException {
    catalogs = Files.createDirectories(root.resolve("catalogs"));
    out = Files.createDirectories(root.resolve("target"));
    yaml = catalogs.resolve("pingback.yaml");
    Files.copy(Path.of("src/test/resources/catalog-fixtures/pingback.yaml"), yaml);
    Path pkg = Files.createDirectories(root.resolve("src/acme"));
    source = pkg.resolve("package-info.java");
    Files.writeString(source, "@dev.errorcatalog.ErrorCatalog(\"pingback\")\npackage acme;\n");
  }

  private Path cacheFile() {
    return out.resolve("errorcatalog-cache/classes.bin");
  }

  @Test
  void anUnchangedBuildReplaysTheSameBytesWithoutWritingTheCacheAgain() throws IOException {
    Build first = build();
    assertEquals(List.of(), first.errors());
    assertTrue(Files.isRegularFile(cacheFile()), "the first build kept its cache beside the class output");
    Map<String, String> files = first.files();
    assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("gen/acme/PingbackError.java")), files::toString);
    assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("docs/pingback.md")), files::toString);
    assertFalse(files.keySet().stream().anyMatch(f -> f.contains("errorcatalog-cache")),
        "the cache is not in the class output");
    age();

    Build second = build();
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()), "the second build read the cache");
    assertEquals(List.of(), second.errors());
    assertEquals(files, second.files(), "byte-identical sources, resources, class files and docs pages");
    assertEquals(first.messages(), second.messages());
  }

  @Test
  void timingsAreANoteOfTheirOwnAndNoPartOfTheKey() throws IOException {
    Build plain = build();
    assertTrue(plain.messages().stream().noneMatch(m -> m.contains("in the processor")), plain::toString);
    age();
    Build timed = build("-Aerrorcatalog.timings=true");
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()), "the option changes no output: replayed");
    assertEquals(plain.files(), timed.files());
    List<String> notes = timed.messages().stream().filter(m -> m.contains("in the processor")).toList();
    assertEquals(1, notes.size(), timed::toString);
    assertTrue(notes.get(0).matches("NOTE .*errorcatalog: \\d+ ms in the processor: locate \\d+ ms, cache key \\d+ ms, "
        + "cache read \\d+ ms, replay \\d+ ms, build-wide files \\d+ ms, cache write \\d+ ms"), notes::toString);
    edit(OLD_MESSAGE, "The body is missing.");
    Build full = build("-Aerrorcatalog.timings=true");
    String note = full.messages().stream().filter(m -> m.contains("in the processor")).findFirst().orElseThrow();
    for (String step : List.of("load", "check", "generate", "write", "cache write")) {
      assertTrue(note.contains(", " + step + " "), note);
    }
    assertFalse(note.contains("replay"), note);
    Build again = build();
    assertEquals(full.files(), again.files());
    assertTrue(again.messages().stream().noneMatch(m -> m.contains("in the processor")),
        "a replayed build does not print the timings of the build it replays");
  }

  @Test
  void anEditedCatalogBuildsInFullAndShowsTheEdit() throws IOException {
    build();
    age();
    edit(OLD_MESSAGE, "The body is missing.");
    Build second = build();
    assertNotEquals(OLD, Files.getLastModifiedTime(cacheFile()), "a new key: built in full and kept again");
    String enumSource = second.files().get("gen/acme/PingbackError.java");
    assertTrue(enumSource.contains("The body is missing."), "the edit is in the generated code");
    assertFalse(enumSource.contains(OLD_MESSAGE));
    age();
    Build third = build();
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()));
    assertEquals(second.files(), third.files());
  }

  @Test
  void anOptionTheProcessorAndTheReleaseArePartsOfTheKey() throws IOException {
    Build plain = build();
    age();
    Build withUrl = build("-Aerrorcatalog.docs.url=https://docs.example.com/errors/{code}");
    assertNotEquals(OLD, Files.getLastModifiedTime(cacheFile()), "an option changed");
    assertNotEquals(plain.files(), withUrl.files());
    age();
    buildWith(new ErrorCatalogProcessor("another processor"));
    assertNotEquals(OLD, Files.getLastModifiedTime(cacheFile()), "the processor changed");
    age();
    buildWith(new ErrorCatalogProcessor("another processor"), "--release", "16");
    assertNotEquals(OLD, Files.getLastModifiedTime(cacheFile()), "the release changed");
    age();
    buildWith(new ErrorCatalogProcessor("another processor"), "--release", "16");
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()), "and nothing else did");
  }

  @Test
  void theBaselinesBytesArePartOfTheKey() throws IOException {
    Path baseline = root.resolve("baseline/pingback.yaml");
    Files.createDirectories(baseline.getParent());
    Files.copy(yaml, baseline);
    String option = "-Aerrorcatalog.baseline=" + baseline;
    Build first = build(option);
    assertEquals(List.of(), first.errors());
    age();
    build(option);
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()));
    // The released catalog had an entry this one lacks: removing it breaks clients, an error on every build.
    String text = Files.readString(baseline);
    Files.writeString(baseline, text.replace("entries:\n", "entries:\n  - code: GONE_SINCE\n    status: 400\n"
        + "    title: Gone since\n    message: Gone.\n    examples:\n      - '{\"code\": \"GONE_SINCE\", \"message\": \"Gone.\"}'\n"));
    Build broken = build(option);
    assertFalse(broken.errors().isEmpty(), "the changed baseline is read, not the cached build replayed");
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()), "a build with an error is not kept");
    assertEquals(broken.errors(), build(option).errors(), "and reports its errors on every build");
  }

  @Test
  void aCorruptOrTruncatedCacheIsNoCache() throws IOException {
    Map<String, String> files = build().files();
    byte[] kept = Files.readAllBytes(cacheFile());
    byte[] flipped = kept.clone();
    flipped[kept.length / 2] ^= 1;
    for (byte[] bad : List.of(flipped, java.util.Arrays.copyOf(kept, kept.length / 2), new byte[0],
        java.util.Arrays.copyOf(kept, kept.length - 1))) {
      Files.write(cacheFile(), bad);
      Build again = build();
      assertEquals(List.of(), again.errors());
      assertEquals(files, again.files(), "built in full, the same bytes");
      assertArrayEquals(kept, Files.readAllBytes(cacheFile()), "and kept again");
    }
    Files.delete(cacheFile());
    Files.createDirectories(cacheFile());
    assertEquals(files, build().files(), "a cache that cannot even be written is no cache either");
  }

  @Test
  void aCatalogWithAnErrorIsNeverKeptAndItsErrorsShowEveryTime() throws IOException {
    edit("    status: 400\n", "    status: 400\n    mesage: typo\n");
    Build first = build();
    assertFalse(first.errors().isEmpty());
    assertFalse(Files.exists(cacheFile()), "nothing kept");
    Build second = build();
    assertEquals(first.errors(), second.errors());
    assertFalse(Files.exists(cacheFile()));
  }

  @Test
  void warningsShowOnACachedBuildToo() throws IOException {
    edit("title: Missing body", "title: " + "Missing body, ".repeat(12));
    Build first = build();
    assertEquals(List.of(), first.errors());
    assertTrue(first.messages().stream().anyMatch(m -> m.startsWith("WARNING") && m.contains("EC051")),
        first::toString);
    age();
    Build second = build();
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()), "replayed");
    assertEquals(first.messages(), second.messages(), "the same warning, on the same line, every build");
    assertEquals(first.files(), second.files());
  }

  @Test
  void aCatalogOfALaterRoundAfterAReplayedOneBuildsTheWholeBuildsFilesOverBoth() throws IOException {
    Files.writeString(catalogs.resolve("other.yaml"), Files.readString(yaml).replace("catalog: pingback",
        "catalog: other"));
    build();
    age();
    Build replayedThenLater = buildWith(List.of(new ErrorCatalogProcessor(), new LaterRoundCatalog()));
    assertEquals(OLD, Files.getLastModifiedTime(cacheFile()), "the first round was replayed, nothing kept");
    assertEquals(List.of(), replayedThenLater.errors());
    Build full = buildWith(List.of(new ErrorCatalogProcessor(), new LaterRoundCatalog()),
        "-Aerrorcatalog.cache=false");
    assertEquals(full.files(), replayedThenLater.files(), "the services file and the index name both catalogs");
    assertTrue(full.files().get("classes/META-INF/services/dev.errorcatalog.Catalog").contains("later.OtherCatalog"),
        full.files()::toString);
  }

  /** Writes a class asking for the catalog {@code other} in the first round: javac processes it in the second. */
  @SupportedAnnotationTypes("*")
  private static final class LaterRoundCatalog extends AbstractProcessor {
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("later.Later").openWriter()) {
          out.write("package later;\n@dev.errorcatalog.ErrorCatalog(\"other\")\nfinal class Later {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void theOptionTurnsTheCacheOff() throws IOException {
    Build first = build("-Aerrorcatalog.cache=false");
    assertEquals(List.of(), first.errors());
    assertFalse(Files.exists(cacheFile()));
  }

  private void edit(String from, String to) throws IOException {
    String text = Files.readString(yaml);
    assertTrue(text.contains(from), from);
    Files.writeString(yaml, text.replace(from, to));
  }

  private void age() throws IOException {
    Files.setLastModifiedTime(cacheFile(), OLD);
  }

  private Build build(String... options) {
    return buildWith(new ErrorCatalogProcessor(), options);
  }

  private Build buildWith(ErrorCatalogProcessor processor, String... more) {
    return buildWith(List.of(processor), more);
  }

  /** One javac run into fresh class, source and docs folders (the cache folder beside them kept). */
  private Build buildWith(List<Processor> processors, String... more) {
    try {
      for (String dir : List.of("classes", "gen", "docs")) {
        delete(out.resolve(dir));
        Files.createDirectories(out.resolve(dir));
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> options = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
          "-d", out.resolve("classes").toString(), "-s", out.resolve("gen").toString(), "-encoding", "UTF-8",
          "-Aerrorcatalog.path=" + catalogs, "-Aerrorcatalog.docs=" + out.resolve("docs")));
      options.addAll(List.of(more));
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
        JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics, options, null,
            files.getJavaFileObjects(source));
        task.setProcessors(processors);
        task.call();
      }
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        messages.add(d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":"
            + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
      }
      return new Build(messages, snapshot());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the build's output but the cache's, by path: its text (class files as Latin-1, byte for byte). */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String dir : List.of("classes", "gen", "docs")) {
      try (Stream<Path> walk = Files.walk(out.resolve(dir))) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          files.put(out.relativize(f).toString().replace('\\', '/'),
              new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        }
      }
    }
    return files;
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** What one build reported (kind, file:line, text) and wrote. */
  private record Build(List<String> messages, Map<String, String> files) {
    List<String> errors() {
      return messages.stream().filter(m -> m.startsWith("ERROR")).toList();
    }
  }
}
