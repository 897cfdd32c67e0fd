package dev.errorcatalog.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The technical writer's loop, with real Maven on a copy of this repository: edit a message in a shipped
 * catalog, run the documented build again (no {@code clean}), and find the new text in the regenerated
 * enum, the factory's exception message and the docs page; then break the YAML and get a build failure
 * that names the file, line and column.
 *
 * <p>The builds run offline against the local repository of the build running this test (everything
 * they need was resolved by the modules before this one), and never install into it.
 */
class WritersLoopTest {

  /**
   * README's build command, minus the tour, with the install step skipped so that the copy's edited
   * catalog never lands in the shared local repository.
   */
  private static final List<String> BUILD =
      List.of("-o", "-B", "-q", "install", "-DskipTests", "-Dmaven.install.skip=true");

  private static final String CATALOG = "catalog/src/main/resources/errorcatalog/pingback.yaml";
  private static final String GENERATED = "sample-app/target/generated-sources/annotations/dev/errorcatalog/sample/";
  private static final String DOCS_PAGE = "sample-app/target/docs/pingback.md";
  // An entry whose title differs from its message, so that the old message cannot hide in the title.
  private static final String CODE = "FORBIDDEN";
  private static final String FACTORY = "forbidden";
  private static final String OLD_MESSAGE =
      "User is not authorized to access this resource with an explicit deny in an identity-based policy.";
  private static final String NEW_MESSAGE = "This API key may not use this resource, ask your admin for access.";

  @TempDir Path copy;

  @Test
  void editRebuildSeeTheNewTextThenBreakTheYamlAndSeeWhere() throws Exception {
    copyRepository(Paths.get(System.getProperty("e2e.repository.root", "..")).toRealPath(), copy);

    Build first = build();
    assertEquals(0, first.exitCode, first::describe);
    assertTrue(read(GENERATED + "PingbackError.java").contains(OLD_MESSAGE), "the first build generated the enum");
    assertEquals(OLD_MESSAGE, factoryMessage());

    // The writer's edit: a new message, in the entry and wherever the file quotes it (its examples).
    Path yaml = copy.resolve(CATALOG);
    String original = Files.readString(yaml);
    assertTrue(original.contains("message: " + OLD_MESSAGE), "the catalog documents the message under test");
    Files.writeString(yaml, original.replace(OLD_MESSAGE, NEW_MESSAGE));

    Build second = build();
    assertEquals(0, second.exitCode, second::describe);
    String enumSource = read(GENERATED + "PingbackError.java");
    assertTrue(enumSource.contains(NEW_MESSAGE), "the enum (and its Javadoc) was regenerated");
    assertFalse(enumSource.contains(OLD_MESSAGE), "no stale text in the enum");
    assertTrue(javadocOf(enumSource, CODE).contains(NEW_MESSAGE), "the constant's Javadoc shows the new message");
    assertEquals(NEW_MESSAGE, factoryMessage(), "the recompiled factory throws with the new message");
    String page = read(DOCS_PAGE);
    assertTrue(page.contains(NEW_MESSAGE), "the docs page was regenerated");
    assertFalse(page.contains(OLD_MESSAGE), "no stale text in the docs page");

    // A typo in a key: the build fails at its exact place.
    List<String> lines = new ArrayList<>(Files.readAllLines(yaml));
    int codeLine = indexOf(lines, "code: " + CODE);
    int indent = lines.get(codeLine).indexOf("code:");
    lines.add(codeLine + 1, " ".repeat(indent) + "mesage: " + NEW_MESSAGE);
    Files.write(yaml, lines);
    Build typo = build();
    assertFalse(typo.exitCode == 0, "a catalog mistake fails the build");
    String where = CATALOG + ":" + (codeLine + 2) + ":" + (indent + 1) + ": error[EC002 unknown-key]";
    assertTrue(typo.output.contains(where), () -> "expected " + where + " in\n" + typo.output);
    assertTrue(typo.output.contains("message"), "did you mean: message");

    // Broken YAML syntax: the build names the file and the line.
    String broken = "title: Forbidden: access denied"; // a second ': ' in a plain value
    lines.set(codeLine + 1, " ".repeat(indent) + broken);
    Files.write(yaml, lines);
    Build syntax = build();
    assertFalse(syntax.exitCode == 0, "broken YAML fails the build");
    String at = CATALOG + ":" + (codeLine + 2) + ":" + (indent + broken.lastIndexOf(':') + 1)
        + ": error[EC001 yaml-syntax]";
    assertTrue(syntax.output.contains(at), () -> "expected " + at + " in\n" + syntax.output);
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

  /** The output and exit code of one build. */
  private record Build(int exitCode, String output) {
    String describe() {
      return "build exited with " + exitCode + ":\n" + output;
    }
  }

  private Build build() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    String mavenHome = System.getProperty("e2e.maven.home");
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    command.add(mavenHome == null ? "mvn" : Paths.get(mavenHome, "bin", windows ? "mvn.cmd" : "mvn").toString());
    String localRepository = System.getProperty("e2e.local.repository");
    if (localRepository != null) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.addAll(BUILD);
    Path log = Files.createTempFile("e2e-build", ".log");
    try {
      Process process = new ProcessBuilder(command)
          .directory(copy.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("the build did not finish in 10 minutes: " + String.join(" ", command));
      }
      return new Build(process.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Copies what git tracks (and new files it does not ignore); without git, everything but build output. */
  private static void copyRepository(Path root, Path target) throws IOException, InterruptedException {
    List<String> files = gitFiles(root);
    if (files == null) {
      files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path relative = root.relativize(p);
          boolean skipped = false;
          for (Path part : relative) {
            String name = part.toString();
            skipped |= name.equals("target") || name.equals(".git") || name.equals(".idea");
          }
          if (!skipped && Files.isRegularFile(p)) {
            files.add(relative.toString());
          }
        }
      }
    }
    for (String file : files) {
      Path from = root.resolve(file);
      if (Files.isRegularFile(from)) {
        Path to = target.resolve(file);
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    assertTrue(Files.isRegularFile(target.resolve("pom.xml")), "copied the repository from " + root);
  }

  private static List<String> gitFiles(Path root) throws InterruptedException {
    try {
      Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
          .directory(root.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (git.waitFor() != 0 || out.isEmpty()) {
        return null;
      }
      List<String> files = new ArrayList<>();
      for (String f : out.split("\0")) {
        if (!f.isEmpty()) {
          files.add(f);
        }
      }
      return files;
    } catch (IOException e) {
      return null;
    }
  }
}
