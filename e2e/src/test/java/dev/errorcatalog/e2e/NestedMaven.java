package dev.errorcatalog.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real Maven on a copy of this repository: the copy, and builds in it with the Maven and local repository of
 * the build running the tests (see e2e's pom), offline.
 */
final class NestedMaven {

  private NestedMaven() {}

  /** The repository these tests run in. */
  static Path repositoryRoot() throws IOException {
    return Paths.get(System.getProperty("e2e.repository.root", "..")).toRealPath();
  }

  /** The output and exit code of one build. */
  record Build(int exitCode, String output) {
    String describe() {
      return "build exited with " + exitCode + ":\n" + output;
    }
  }

  /** Runs {@code mvn} with these arguments in {@code dir}, offline against the local repository of this build. */
  static Build run(Path dir, List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    String mavenHome = System.getProperty("e2e.maven.home");
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    command.add(mavenHome == null ? "mvn" : Paths.get(mavenHome, "bin", windows ? "mvn.cmd" : "mvn").toString());
    String localRepository = System.getProperty("e2e.local.repository");
    if (localRepository != null) {
      command.add("-Dmaven.repo.local=" + localRepository);
    }
    command.addAll(arguments);
    Path log = Files.createTempFile("e2e-build", ".log");
    try {
      Process process = new ProcessBuilder(command)
          .directory(dir.toFile())
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
  static void copyRepository(Path root, Path target) throws IOException, InterruptedException {
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
