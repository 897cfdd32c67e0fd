package dev.errorcatalog.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.clienttests.GuidePages;
import dev.errorcatalog.e2e.NestedMaven.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dependencies users get are the ones tested: a project that depends on errorcatalog-okhttp and Retrofit exactly
 * as the guide's OkHttp and Retrofit pages say (their {@code <!-- dependencies: NAME -->} blocks, pasted in),
 * resolved by real Maven from the local repository (the artifacts this build installed, not the reactor),
 * resolves the same OkHttp, Okio, Kotlin and Retrofit versions as errorcatalog-okhttp's own tests run with.
 */
class OkHttpUserTest {

  private static final List<String> GROUPS = List.of("org.jetbrains.kotlin", "com.squareup.okhttp3",
      "com.squareup.okio", "com.squareup.retrofit2");

  @TempDir Path dir;

  @Test
  void readmesDependenciesResolveWhatTheModulesTestsRan() throws Exception {
    Path root = NestedMaven.repositoryRoot();
    String dependencies = GuidePages.block("dependencies", "okhttp", "xml")
        + GuidePages.block("dependencies", "retrofit", "xml");
    Path project = dir.resolve("okhttp-user");
    Files.createDirectories(project);
    String pom = Files.readString(root.resolve("e2e/src/test/resources/okhttp-user/pom.xml"))
        .replace("<!-- README -->", dependencies);
    Files.writeString(project.resolve("pom.xml"), pom);

    List<String> user = resolved(project, "runtime");
    // The module as its own build resolves it: test scope, the class path its tests ran on.
    List<String> module = resolved(root.resolve("integrations/okhttp"), "test");
    assertEquals(module, user, "the guide's dependencies resolve what errorcatalog-okhttp's tests ran");
    assertTrue(user.stream().anyMatch(a -> a.startsWith("org.jetbrains.kotlin:kotlin-stdlib:")), user::toString);
    assertTrue(user.stream().anyMatch(a -> a.startsWith("com.squareup.okhttp3:okhttp-jvm:")), user::toString);
    assertTrue(user.stream().noneMatch(a -> a.startsWith("com.squareup.okhttp3:okhttp:")),
        () -> "one OkHttp line: " + user);
  }

  /**
   * {@code group:artifact:version} of the watched groups, as {@code dependency:tree} resolves them (poms only: the
   * versions Maven picks, whether or not their jars are in the local repository), sorted.
   */
  private static List<String> resolved(Path project, String scope) throws IOException, InterruptedException {
    Path out = Files.createTempFile("dependencies", ".txt");
    try {
      Build build = NestedMaven.run(project, List.of("-o", "-B", "-N",
          "org.apache.maven.plugins:maven-dependency-plugin:" + System.getProperty("e2e.dependency.plugin.version")
              + ":tree",
          "-Dscope=" + scope, "-DoutputFile=" + out));
      assertEquals(0, build.exitCode(), build::describe);
      TreeSet<String> artifacts = new TreeSet<>();
      Matcher m = Pattern.compile("([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):\\w+").matcher(Files.readString(out));
      while (m.find()) {
        if (GROUPS.contains(m.group(1))) {
          artifacts.add(m.group(1) + ":" + m.group(2) + ":" + m.group(3));
        }
      }
      assertTrue(!artifacts.isEmpty(), () -> project + ": nothing resolved\n" + build.output());
      return List.copyOf(artifacts);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
