package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents no one should trust, given to {@code import-openapi} and {@code check --openapi}: each gives a refusal
 * or a warning in plain words, at its place, never an exception, a fetch or a hang.
 */
class OpenApiHostileInputTest {

  private static final Duration DEADLINE = Duration.ofSeconds(20);

  private static final String CATALOG = """
      catalog: orders
      title: Orders
      entries:
        - name: NOT_FOUND
          status: 404
          title: Not found
      """;

  @TempDir Path dir;

  private static String document(String responses, String components) {
    return """
        openapi: 3.1.0
        info: {title: Orders, version: '1'}
        paths:
          /orders/{id}:
            get:
              responses:
        %s
        components:
        %s
        """.formatted(responses.indent(8).stripTrailing(), components.indent(2).stripTrailing());
  }

  @Test
  void aRemoteReferenceIsNamedNeverFetched() throws IOException {
    Path spec = Files.writeString(dir.resolve("api.yaml"), document("""
        '404': {$ref: 'https://example.invalid/errors.yaml#/NotFound'}
        '500': {$ref: './common.yaml#/components/responses/Oops'}
        """, "responses: {}"));
    CliRun imported = CliRun.of("import-openapi", spec.toString(), dir.resolve("orders.yaml").toString());
    assertEquals(0, imported.exit(), imported::toString);
    assertTrue(imported.out().contains("[reference] GET /orders/{id} 404: its $ref is not in this document"
        + " (https://example.invalid/errors.yaml#/NotFound): it was not fetched"), imported.out());
    CliRun check = CliRun.of("check", "--strict", dir.resolve("orders.yaml").toString());
    assertEquals(0, check.exit(), check::toString);

    CliRun agree = CliRun.of("check", "--openapi", spec.toString(), dir.resolve("orders.yaml").toString());
    assertEquals(0, agree.exit(), agree::toString);
    assertTrue(agree.out().contains("warning[EC061 openapi-reference]: GET /orders/{id} 500: its $ref is not in this"
        + " document (./common.yaml#/components/responses/Oops): it was not fetched; the response is compared by its"
        + " status only."), agree.out());
  }

  @Test
  void aReferenceCycleIsNamedAndEnds() throws IOException {
    Path spec = Files.writeString(dir.resolve("api.yaml"), document("""
        '404': {$ref: '#/components/responses/A'}
        '409': {$ref: '#/components/responses/Self'}
        """, """
        responses:
          A: {$ref: '#/components/responses/B'}
          B: {$ref: '#/components/responses/A'}
          Self: {$ref: '#/components/responses/Self'}
        """));
    CliRun imported = CliRun.of("import-openapi", spec.toString(), dir.resolve("orders.yaml").toString());
    assertEquals(0, imported.exit(), imported::toString);
    assertTrue(imported.out().contains("GET /orders/{id} 404: its $ref leads round a cycle (#/components/responses/A"
        + " -> #/components/responses/B -> #/components/responses/A)"), imported.out());
    assertTrue(imported.out().contains("GET /orders/{id} 409: its $ref leads round a cycle"), imported.out());
    assertEquals(0, CliRun.of("check", dir.resolve("orders.yaml").toString()).exit());
  }

  @Test
  void aSchemaThatContainsItselfIsReadOnce() throws IOException {
    Path spec = Files.writeString(dir.resolve("api.yaml"), document("""
        '404':
          description: Not found
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Node'}
        """, """
        schemas:
          Node:
            allOf: [{$ref: '#/components/schemas/Node'}]
            properties:
              message: {type: string, description: What went wrong.}
              child: {$ref: '#/components/schemas/Node'}
        """));
    CliRun imported = CliRun.of("import-openapi", spec.toString(), dir.resolve("orders.yaml").toString());
    assertEquals(0, imported.exit(), imported::toString);
    assertEquals(0, CliRun.of("check", "--strict", dir.resolve("orders.yaml").toString()).exit());
  }

  @Test
  void namesPathsAndTextsBeyondWhatACatalogHoldsAreCutOrLeftOut() throws IOException {
    String longName = "Not" + "Found".repeat(5_000);
    String longText = "Nothing here. " + "Really nothing. ".repeat(2_000);
    Path spec = Files.writeString(dir.resolve("api.json"), ("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"%s\","
        + " \"version\": \"1\"}, \"paths\": {\"/a\": {\"get\": {\"responses\": {\"404\": {\"$ref\":"
        + " \"#/components/responses/%s\"}}}}, \"/%s\": {\"get\": {\"responses\": {\"404\": {\"$ref\":"
        + " \"#/components/responses/%s\"}}}}}, \"components\": {\"responses\": {\"%s\": {\"description\": \"%s\","
        + " \"headers\": {\"%s\": {}}}}}}").formatted(longText, longName, "b".repeat(3_000), longName, longName,
        longText, "X-" + "h".repeat(1_000)));
    Path out = dir.resolve("orders.yaml");
    CliRun imported = CliRun.of("import-openapi", spec.toString(), out.toString());
    assertEquals(0, imported.exit(), imported::toString);
    assertTrue(imported.out().contains("not listed under endpoints"), imported.out());
    CliRun check = CliRun.of("check", "--strict", out.toString());
    assertEquals(0, check.exit(), check::toString);
  }

  @Test
  void aDocumentOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
    Path spec = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(spec.toFile(), "rw")) {
      file.setLength(64L * 1024 * 1024 + 1); // sparse: no disk used, and never read
    }
    CliRun imported = CliRun.of("import-openapi", spec.toString(), dir.resolve("orders.yaml").toString());
    assertEquals(1, imported.exit());
    assertEquals(spec + ":1:1: " + spec + " has more than the 67,108,864 bytes an OpenAPI document may have. Give the"
        + " document without its dereferenced copies (the $ref form), or only the paths whose errors matter.\n",
        imported.out());
    assertFalse(Files.exists(dir.resolve("orders.yaml")));

    Path catalog = Files.writeString(dir.resolve("orders.yaml"), CATALOG);
    CliRun check = CliRun.of("check", "--openapi", spec.toString(), catalog.toString());
    assertEquals(1, check.exit(), check::toString);
    assertTrue(check.out().contains("error[EC060 openapi-unreadable]: " + spec + " has more than the 67,108,864"),
        check.out());
    assertTrue(check.out().endsWith(spec + ": not compared\n"), check.out());
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAtTheirPlace() throws IOException {
    byte[] head = "openapi: 3.0.3\ninfo: {title: \"Caf".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\", version: '1'}\npaths: {}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1's é
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Path spec = Files.write(dir.resolve("latin1.yaml"), bytes);
    CliRun run = CliRun.of("import-openapi", spec.toString(), dir.resolve("orders.yaml").toString());
    assertEquals(1, run.exit());
    assertEquals(spec + ":2:19: " + spec + " is not valid UTF-8: byte 0xE9 cannot start or continue a character here."
        + " Save it as UTF-8 (JSON and YAML documents are UTF-8).\n", run.out());
  }

  @Test
  void aliasesDeepNestingSwaggerTwoAndNonsenseAreRefusedInPlainWords() throws IOException {
    assertRefused("alias.yaml", """
        openapi: 3.0.3
        info: &i {title: Orders, version: '1'}
        x-copy: *i
        paths: {}
        """, "alias.yaml uses a YAML alias (*i). Write the value out, or use a $ref");
    assertRefused("deep.json", "{\"openapi\": \"3.1.0\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
        "deep.json is nested more than 200 levels deep. An OpenAPI document needs far fewer");
    assertRefused("swagger.yaml", "swagger: '2.0'\ninfo: {title: Orders, version: '1'}\npaths: {}\n",
        "swagger.yaml is a Swagger 2.0 document, not OpenAPI 3. Convert it to OpenAPI 3 first");
    assertRefused("long.yaml", "openapi: 3.0.3\ninfo: {title: Orders, version: '1'}\nx-long: " + "a".repeat(300_000)
        + "\npaths: {}\n", "long.yaml:3:1: " + dir.resolve("long.yaml") + " has a line of 300,008 characters, more"
        + " than the 262,144 a YAML document may have. Break the line, or give the document as JSON.");
    assertRefused("broken.json", "{\"openapi\": \"3.1.0\", \"paths\": {", "broken.json is not valid JSON:");
    assertRefused("text.yaml", "just some words\n", "text.yaml is not an OpenAPI document: it is not a map.");
    assertRefused("empty.yaml", "", "empty.yaml is empty. Give an OpenAPI document.");
    Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
    CliRun run = CliRun.of("import-openapi", folder.toString(), dir.resolve("orders.yaml").toString());
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("folder.yaml is a folder, not a file. Name the OpenAPI document's file itself."),
        run.out());
  }

  private void assertRefused(String name, String text, String expected) throws IOException {
    Path spec = Files.writeString(dir.resolve(name), text);
    long started = System.nanoTime();
    CliRun run = CliRun.of("import-openapi", spec.toString(), dir.resolve("orders.yaml").toString());
    assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(DEADLINE) < 0, name + " took too long");
    assertEquals(1, run.exit(), run::toString);
    assertTrue(run.out().contains(expected), run.out());
    assertEquals("", run.err(), "no stack trace: " + run.err());
    assertFalse(Files.exists(dir.resolve("orders.yaml")), name);
  }
}
