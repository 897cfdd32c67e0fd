package dev.errorcatalog.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.e2e.NestedMaven.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalog evolution with real Maven, as README's "Catalog versions and breaking changes" sets it up: release 1.0.0
 * of a catalog module is installed into the nested build's local repository (no earlier release exists in any
 * repository), then the next version's build copies that jar with {@code maven-dependency-plugin:copy} and
 * checks against it with the writers' plugin ({@code <baseline>}). A breaking edit fails the build with its id at
 * the edited file's line; the same edit accepted in a {@code changes:} record passes, and the page says so.
 */
class BaselineEvolutionTest {

  private static final String GROUP = "dev.errorcatalog.e2e.fixture";

  private static final String CATALOG = """
      catalog: orders-api
      version: 1.0.0
      title: Orders API
      shapes:
        orders-error:
          code: /code
          message: /message
      defaults:
        shape: orders-error
      entries:
        - code: ORDER_NOT_FOUND
          status: 404
          title: Order not found
          message: Order {id} was not found.
          examples:
            - '{"code": "ORDER_NOT_FOUND", "message": "Order 42 was not found."}'
      """;

  @TempDir Path dir;

  @AfterEach
  void removeTheFixtureRelease() throws IOException {
    String repository = System.getProperty("e2e.local.repository");
    Path installed = repository == null ? null : Path.of(repository, GROUP.replace('.', '/'));
    if (installed != null && Files.isDirectory(installed)) {
      try (Stream<Path> walk = Files.walk(installed)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void aBreakingEditFailsAgainstTheReleasedJarAndAnAcceptedOnePasses() throws Exception {
    Path release = dir.resolve("release-1.0.0");
    write(release, "1.0.0", CATALOG, false);
    Build released = NestedMaven.run(release, List.of("-o", "-B", "install"));
    assertEquals(0, released.exitCode(), released::describe);

    Path next = dir.resolve("next");
    String broken = CATALOG.replace("version: 1.0.0", "version: 1.1.0").replace("status: 404", "status: 410");
    Path yaml = write(next, "1.1.0", broken, true);
    Build failed = NestedMaven.run(next, List.of("-o", "-B", "-q", "install", "-Dmaven.install.skip=true"));
    assertFalse(failed.exitCode() == 0, "a breaking change fails the build");
    String where = yaml.toAbsolutePath() + ":11:11: error[EC034 status-changed]: the status of the entry with"
        + " code ORDER_NOT_FOUND changed from 404 to 410";
    List<String> lines = failed.output().lines().toList();
    List<String> last = lines.subList(Math.max(0, lines.size() - 20), lines.size());
    assertTrue(last.stream().anyMatch(l -> l.contains(where)),
        () -> "expected " + where + " among the last lines of\n" + failed.output());
    assertTrue(failed.output().contains("orders-catalog-1.0.0.jar!/errorcatalog/orders-api.yaml"),
        () -> "the baseline is the released jar:\n" + failed.output());

    Files.writeString(yaml, broken.replace("version: 1.1.0", """
        version: 1.1.0
        changes:
          - version: 1.1.0
            accepted:
              - entry: ORDER_NOT_FOUND
                change: status
                reason: Deleted orders now answer 410 Gone.
        """.strip()));
    Build accepted = NestedMaven.run(next, List.of("-o", "-B", "install", "-Dmaven.install.skip=true"));
    assertEquals(0, accepted.exitCode(), accepted::describe);
    String page = Files.readString(next.resolve("target/docs/orders-api.md"));
    assertTrue(page.contains("### Since version 1.0.0"), page);
    assertTrue(page.contains("Status 404 is now 410. Deleted orders now answer 410 Gone."), page);
  }

  /** A catalog module at {@code version}; the next release also copies 1.0.0's jar and checks against it. */
  private static Path write(Path project, String version, String catalog, boolean withBaseline) throws IOException {
    Path yaml = project.resolve("src/main/resources/errorcatalog/orders-api.yaml");
    Files.createDirectories(yaml.getParent());
    Files.writeString(yaml, catalog);
    Files.writeString(project.resolve("pom.xml"), pom(version, withBaseline));
    return yaml;
  }

  private static String pom(String version, boolean withBaseline) {
    String errorcatalog = System.getProperty("e2e.errorcatalog.version");
    String copy = String.join("\n",
        "      <plugin>",
        "        <groupId>org.apache.maven.plugins</groupId>",
        "        <artifactId>maven-dependency-plugin</artifactId>",
        "        <version>" + System.getProperty("e2e.dependency.plugin.version") + "</version>",
        "        <executions>",
        "          <execution>",
        "            <id>baseline</id>",
        "            <phase>validate</phase>",
        "            <goals><goal>copy</goal></goals>",
        "            <configuration>",
        "              <artifactItems><artifactItem>",
        "                <groupId>" + GROUP + "</groupId><artifactId>orders-catalog</artifactId>",
        "                <version>1.0.0</version>",
        "              </artifactItem></artifactItems>",
        "              <outputDirectory>${project.build.directory}/baseline</outputDirectory>",
        "            </configuration>",
        "          </execution>",
        "        </executions>",
        "      </plugin>");
    return String.join("\n",
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
        "  <modelVersion>4.0.0</modelVersion>",
        "  <groupId>" + GROUP + "</groupId>",
        "  <artifactId>orders-catalog</artifactId>",
        "  <version>" + version + "</version>",
        "  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>",
        "  <build>",
        "    <plugins>",
        withBaseline ? copy : "",
        "      <plugin>",
        "        <groupId>dev.errorcatalog</groupId>",
        "        <artifactId>errorcatalog-maven-plugin</artifactId>",
        "        <version>" + errorcatalog + "</version>",
        withBaseline ? "        <configuration><baseline>${project.build.directory}/baseline</baseline></configuration>" : "",
        "        <executions>",
        "          <execution>",
        "            <goals><goal>check</goal><goal>docs</goal></goals>",
        "          </execution>",
        "        </executions>",
        "      </plugin>",
        plugin("maven-resources-plugin", "e2e.resources.plugin.version"),
        plugin("maven-compiler-plugin", "e2e.compiler.plugin.version"),
        plugin("maven-surefire-plugin", "e2e.surefire.plugin.version"),
        plugin("maven-jar-plugin", "e2e.jar.plugin.version"),
        plugin("maven-install-plugin", "e2e.install.plugin.version"),
        "    </plugins>",
        "  </build>",
        "</project>",
        "");
  }

  private static String plugin(String artifactId, String versionProperty) {
    return "      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>" + artifactId + "</artifactId><version>"
        + System.getProperty(versionProperty) + "</version></plugin>";
  }
}
