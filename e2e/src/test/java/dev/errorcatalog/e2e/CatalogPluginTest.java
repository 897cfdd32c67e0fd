package dev.errorcatalog.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.e2e.NestedMaven.Build;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own catalog module, set up as README's "For writers" says (a jar of YAML under
 * {@code src/main/resources/errorcatalog} with the plugin's {@code check} goal), built with real Maven: good
 * catalogs build and write their pages with {@code docs}; a mistake fails {@code mvn install} before any test,
 * naming the YAML the writer edits ({@code file:line:col}, never a {@code jar:} URL), among the last lines.
 */
class CatalogPluginTest {

  private static final String CATALOG = """
      catalog: orders-api
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

  @TempDir Path project;

  @Test
  void aCatalogMistakeFailsTheCatalogModuleAtTheYamlItsWriterEdits() throws Exception {
    Files.writeString(project.resolve("pom.xml"), pom());
    Path yaml = project.resolve("src/main/resources/errorcatalog/orders-api.yaml");
    Files.createDirectories(yaml.getParent());
    Files.writeString(yaml, CATALOG);

    Build good = NestedMaven.run(project, List.of("-o", "-B", "install", "-Dmaven.install.skip=true"));
    assertEquals(0, good.exitCode(), good::describe);
    assertTrue(Files.readString(project.resolve("target/docs/orders-api.md")).contains("Order not found"),
        "the docs goal wrote the page");

    Files.writeString(yaml, CATALOG.replace("    title: Order not found", "    titel: Order not found"));
    Build broken = NestedMaven.run(project, List.of("-o", "-B", "-q", "install", "-Dmaven.install.skip=true"));
    assertFalse(broken.exitCode() == 0, "a catalog mistake fails the build");
    String where = yaml.toAbsolutePath() + ":12:5: error[EC002 unknown-key]";
    List<String> lines = broken.output().lines().toList();
    List<String> last = lines.subList(Math.max(0, lines.size() - 12), lines.size());
    assertTrue(last.stream().anyMatch(l -> l.contains(where)),
        () -> "expected " + where + " among the last lines of\n" + broken.output());
    assertFalse(broken.output().contains("jar:file:"), () -> "no jar: URL in\n" + broken.output());
    assertEquals(1, broken.output().split("EC002", -1).length - 1, () -> "printed once:\n" + broken.output());
  }

  private static String pom() {
    String version = System.getProperty("e2e.errorcatalog.version");
    return String.join("\n",
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
        "  <modelVersion>4.0.0</modelVersion>",
        "  <groupId>com.example</groupId>",
        "  <artifactId>my-api-catalog</artifactId>",
        "  <version>1.0.0</version>",
        "  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>",
        "  <build>",
        "    <plugins>",
        "      <plugin>",
        "        <groupId>dev.errorcatalog</groupId>",
        "        <artifactId>errorcatalog-maven-plugin</artifactId>",
        "        <version>" + version + "</version>",
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

  /** The build's own plugin versions: resolved already, so the offline build finds them. */
  private static String plugin(String artifactId, String versionProperty) {
    return "      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>" + artifactId + "</artifactId><version>"
        + System.getProperty(versionProperty) + "</version></plugin>";
  }
}
