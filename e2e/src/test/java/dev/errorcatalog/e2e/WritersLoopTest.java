package dev.errorcatalog.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcatalog.e2e.NestedMaven.Build;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The technical writer's loop, with real Maven on a copy of this repository: edit a message in a shipped
 * catalog, run the documented build again (no {@code clean}), and find the new text in the regenerated
 * enum, the factory's exception message and the docs page; then break the YAML and get a build failure
 * that names the file, line and column. The processor's cache of the unchanged-catalog rebuild is on
 * throughout: the edit is seen after a build that kept one, and a Java edit after it replays the new text.
 *
 * <p>The builds run offline against the local repository of the build running this test (everything
 * they need was resolved by the modules before this one), and never install into it.
 */
class WritersLoopTest {

  /**
   * README's build command, minus the tour, with the install step skipped so that the copy's edited
   * catalog never lands in the shared local repository, and without the modules the loop does not
   * involve (the benchmarks, which would compile their 5,000-entry catalog every time, and this one).
   */
  private static final List<String> BUILD = List.of(
      "-o", "-B", "-q", "install", "-DskipTests", "-Dmaven.install.skip=true", "-pl", "!benchmarks,!e2e");

  private static final String CATALOG = "catalog/src/main/resources/errorcatalog/pingback.yaml";
  private static final String GENERATED = "sample-app/target/generated-sources/annotations/dev/errorcatalog/sample/";
  private static final String DOCS_PAGE = "sample-app/target/docs/pingback.md";
  private static final String CACHE = "sample-app/target/errorcatalog-cache/classes.bin";
  private static final String JAVA_SOURCE = "sample-app/src/main/java/dev/errorcatalog/sample/Reply.java";
  /** Long ago: a cache file still this old after a build was read, not written again. */
  private static final FileTime OLD = FileTime.fromMillis(86_400_000L);
  // An entry whose title differs from its message, so that the old message cannot hide in the title.
  private static final String CODE = "FORBIDDEN";
  private static final String FACTORY = "forbidden";
  private static final String OLD_MESSAGE =
      "User is not authorized to access this resource with an explicit deny in an identity-based policy.";
  private static final String NEW_MESSAGE = "This API key may not use this resource, ask your admin for access.";

  @TempDir Path copy;

  @Test
  void editRebuildSeeTheNewTextThenBreakTheYamlAndSeeWhere() throws Exception {
    NestedMaven.copyRepository(NestedMaven.repositoryRoot(), copy);

    Build first = build();
    assertEquals(0, first.exitCode(), first::describe);
    assertTrue(read(GENERATED + "PingbackError.java").contains(OLD_MESSAGE), "the first build generated the enum");
    assertEquals(OLD_MESSAGE, factoryMessage());
    assertTrue(Files.isRegularFile(copy.resolve(CACHE)), "the first build kept its cache");
    Files.setLastModifiedTime(copy.resolve(CACHE), OLD);

    // The writer's edit: a new message, in the entry and wherever the file quotes it (its examples).
    Path yaml = copy.resolve(CATALOG);
    String original = Files.readString(yaml);
    assertTrue(original.contains("message: " + OLD_MESSAGE), "the catalog documents the message under test");
    Files.writeString(yaml, original.replace(OLD_MESSAGE, NEW_MESSAGE));

    Build second = build();
    assertEquals(0, second.exitCode(), second::describe);
    String enumSource = read(GENERATED + "PingbackError.java");
    assertTrue(enumSource.contains(NEW_MESSAGE), "the enum (and its Javadoc) was regenerated");
    assertFalse(enumSource.contains(OLD_MESSAGE), "no stale text in the enum");
    assertTrue(javadocOf(enumSource, CODE).contains(NEW_MESSAGE), "the constant's Javadoc shows the new message");
    assertEquals(NEW_MESSAGE, factoryMessage(), "the recompiled factory throws with the new message");
    String page = read(DOCS_PAGE);
    assertTrue(page.contains(NEW_MESSAGE), "the docs page was regenerated");
    assertFalse(page.contains(OLD_MESSAGE), "no stale text in the docs page");
    assertFalse(OLD.equals(Files.getLastModifiedTime(copy.resolve(CACHE))), "the edit was built in full and kept");

    // A Java edit only: sample-app compiles again, and its catalogs' files come from the cache, new text and all.
    Files.setLastModifiedTime(copy.resolve(CACHE), OLD);
    Path javaSource = copy.resolve(JAVA_SOURCE);
    Files.writeString(javaSource, Files.readString(javaSource) + "\n// a Java edit\n");
    Build javaEdit = build();
    assertEquals(0, javaEdit.exitCode(), javaEdit::describe);
    assertEquals(OLD, Files.getLastModifiedTime(copy.resolve(CACHE)), "the rebuild replayed the cache");
    assertEquals(enumSource, read(GENERATED + "PingbackError.java"), "the same enum");
    assertEquals(page, read(DOCS_PAGE), "the same page");
    assertEquals(NEW_MESSAGE, factoryMessage(), "the recompiled factory still throws with the new message");

    // A typo in a key: the build fails at its exact place.
    List<String> lines = new ArrayList<>(Files.readAllLines(yaml));
    int codeLine = indexOf(lines, "code: " + CODE);
    int indent = lines.get(codeLine).indexOf("code:");
    lines.add(codeLine + 1, " ".repeat(indent) + "mesage: " + NEW_MESSAGE);
    Files.write(yaml, lines);
    Build typo = build();
    assertFalse(typo.exitCode() == 0, "a catalog mistake fails the build");
    String where = CATALOG + ":" + (codeLine + 2) + ":" + (indent + 1) + ": error[EC002 unknown-key]";
    assertTrue(typo.output().contains(where), () -> "expected " + where + " in\n" + typo.output());
    assertTrue(typo.output().contains("message"), "did you mean: message");

    // Broken YAML syntax: the build names the file and the line.
    String broken = "title: Forbidden: access denied"; // a second ': ' in a plain value
    lines.set(codeLine + 1, " ".repeat(indent) + broken);
    Files.write(yaml, lines);
    Build syntax = build();
    assertFalse(syntax.exitCode() == 0, "broken YAML fails the build");
    String at = CATALOG + ":" + (codeLine + 2) + ":" + (indent + broken.lastIndexOf(':') + 1)
        + ": error[EC001 yaml-syntax]";
    assertTrue(syntax.output().contains(at), () -> "expected " + at + " in\n" + syntax.output());
  }

  /** The message of the exception the recompiled factory builds, read from the copy's class files. */
  private String factoryMessage() throws Exception {
    List<URL> classpath = new ArrayList<>();
    classpath.add(copy.resolve("sample-app/target/classes").toUri().toURL());
    classpath.add(copy.resolve("annotations/target/classes").toUri().toURL());
    String jackson = System.getProperty("e2e.jackson.version");
    if (jackson != null) {
      classpath.add(Paths.get(System.getProperty("e2e.local.repository"),
          "com/fasterxml/jackson/core/jackson-core", jackson, "jackson-core-" + jackson + ".jar").toUri().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(classpath.toArray(URL[]::new), null)) {
      Class<?> factories = loader.loadClass("dev.errorcatalog.sample.PingbackErrors");
      Object exception = factories.getMethod(FACTORY).invoke(null);
      return ((Throwable) exception).getMessage();
    }
  }

  /** The Javadoc comment right before an enum constant. */
  private static String javadocOf(String source, String constant) {
    int at = source.indexOf("\n  " + constant);
    assertTrue(at > 0, "constant " + constant + " in the enum");
    int start = source.lastIndexOf("/**", at);
    return source.substring(start, at);
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().replace("- ", "").equals(text)) {
        return i;
      }
    }
    return fail("no line " + text);
  }

  private String read(String path) throws IOException {
    return Files.readString(copy.resolve(path));
  }

  private Build build() throws IOException, InterruptedException {
    return NestedMaven.run(copy, BUILD);
  }
}
