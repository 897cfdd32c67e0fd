package dev.errorcatalog.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errorcatalog.clienttests.ReadmeSnippets;
import dev.errorcatalog.e2e.NestedMaven.Build;
import java.io.File;
import java.io.IOException;
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
 * An application that is a named module ({@code src/test/resources/modular-app}: two shipped catalogs, a
 * {@code module-info.java} that requires {@code dev.errorcatalog} and provides the catalogs, nothing else),
 * built with real Maven beside the runtime, processor and catalog modules of a copy of this repository under
 * {@code -Xlint:all -Werror}, then run on the module path.
 */
class ModularAppTest {

  private static final String APP = "modular-app";

  @TempDir Path copy;

  @Test
  void aNamedModuleCompilesTheCatalogsAndRunsThemOnTheModulePath() throws Exception {
    NestedMaven.copyRepository(NestedMaven.repositoryRoot(), copy);
    Path app = copy.resolve(APP);
    copyFixture(copy.resolve("e2e/src/test/resources/" + APP), app);
    // The module declaration is the guide's (Getting started, "In a modular project"), so that what it shows is
    // what this build compiles and runs.
    Files.writeString(app.resolve("src/main/java/module-info.java"), ReadmeSnippets.source("module-info"));
    // The app is a plain consumer project, beside the modules it needs in one reactor, so that it resolves them
    // (the processor too) from this build rather than from whatever the local repository holds.
    Files.writeString(copy.resolve("modular-build.xml"), String.join("\n",
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
        "  <modelVersion>4.0.0</modelVersion>",
        "  <groupId>com.example</groupId>",
        "  <artifactId>modular-build</artifactId>",
        "  <version>1</version>",
        "  <packaging>pom</packaging>",
        "  <modules>",
        "    <module>annotations</module>",
        "    <module>processor</module>",
        "    <module>maven-plugin</module>",
        "    <module>catalog</module>",
        "    <module>" + APP + "</module>",
        "  </modules>",
        "</project>",
        ""));

    // process-classes, not compile: the catalog module runs the reactor's Maven plugin, whose descriptor is
    // written in that phase.
    Build build = NestedMaven.run(copy, List.of("-o", "-B", "-f", "modular-build.xml", "process-classes"));
    assertEquals(0, build.exitCode(), build::describe);
    assertFalse(build.output().contains("[WARNING] " + app), () -> "no warning on the app:\n" + build.output());
    Path generated = app.resolve("target/generated-sources/annotations/com/example/orders");
    try (Stream<Path> files = Files.list(generated)) {
      List<Path> sources = files.toList();
      assertTrue(sources.size() > 10, "generated " + sources);
      for (Path source : sources) {
        assertFalse(Files.readString(source).contains("javax.annotation.processing"),
            source + ": no @Generated where the module does not read java.compiler");
      }
    }

    String modulePath = String.join(File.pathSeparator,
        app.resolve("target/classes").toString(),
        copy.resolve("annotations/target/classes").toString(),
        localRepositoryJar("com.fasterxml.jackson.core", "jackson-core", System.getProperty("e2e.jackson.version")));
    assertEquals(List.of(
        "module com.example.orders",
        "catalogs [pingback, transformify]",
        "decoded 404 CONTACT_NOT_FOUND MESSAGE {} -",
        "decoded 400 TOO_MANY_RECIPIENTS MESSAGE {maxRecipients=31337} PT30S",
        "decoded 503 - NONE {} -",
        "exception PingbackNotFoundException"),
        run(app, "-p", modulePath, "-m", "com.example.orders/com.example.orders.Main"));
  }

  /** Copies the fixture, filling in the versions of this build. */
  private static void copyFixture(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.writeString(target, Files.readString(file)
            .replace("@errorcatalog.version@", System.getProperty("e2e.errorcatalog.version"))
            .replace("@compiler.plugin.version@", System.getProperty("e2e.compiler.plugin.version"))
            .replace("@resources.plugin.version@", System.getProperty("e2e.resources.plugin.version")));
      }
    }
  }

  private static String localRepositoryJar(String group, String artifact, String version) {
    return Paths.get(System.getProperty("e2e.local.repository"), group.replace('.', '/'), artifact, version,
        artifact + "-" + version + ".jar").toString();
  }

  /** Runs {@code java} of this JDK with these arguments and returns the lines it printed. */
  private static List<String> run(Path dir, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile(dir, "run", ".log");
    Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("the app did not exit in a minute: " + String.join(" ", command));
    }
    String output = Files.readString(log);
    assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " exited with " + process.exitValue()
        + ":\n" + output);
    return output.lines().toList();
  }
}
