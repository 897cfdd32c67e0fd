package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-openapi SPEC OUT} on excerpts of three public OpenAPI documents of three styles (GitHub's
 * REST description: shared {@code components.responses}; Stripe's: one inline {@code default} error response on
 * every operation; Bump.sh's Train Travel API: RFC 9457 {@code application/problem+json} with examples): each
 * starter catalog passes {@code check} as imported, and agrees with its document ({@code check --openapi}).
 * swagger-parser reads the same documents without a message, so the tests read what other tools read.
 */
class OpenApiImportTest {

  static final Path DOCUMENTS = Paths.get("src/test/resources/openapi");

  private static final Pattern SUMMARY = Pattern.compile("(\\d+) entr(?:y|ies) from (\\d+) operations of .*; (\\d+) to review");

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
      // document, entries, operations, items to review
      "github-rest.yaml, 7, 6, 8",
      "stripe.yaml, 1, 3, 4",
      "train-travel.yaml, 7, 5, 14"})
  void eachPublicDocumentImportsToACatalogThatChecksCleanAndAgreesWithIt(String document, int entries,
      int operations, int review) throws IOException {
    Path spec = DOCUMENTS.resolve(document);
    Path out = dir.resolve(document.replaceFirst("\\..*", "") + ".yaml");
    CliRun imported = CliRun.of("import-openapi", spec.toString(), out.toString());
    assertEquals(0, imported.exit(), imported::toString);
    Matcher m = SUMMARY.matcher(imported.out());
    assertTrue(m.find(), imported.out());
    assertEquals(List.of(entries, operations, review),
        List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
        imported.out());
    assertTrue(Files.readString(out).startsWith("# A starter catalog written by errorcatalog import-openapi"));

    CliRun check = CliRun.of("check", "--strict", out.toString());
    assertEquals(0, check.exit(), () -> Files.exists(out) ? check + "\n" + read(out) : check.toString());
    assertTrue(check.out().contains("1 catalog checked: no errors, no warnings"), check.out());

    CliRun agree = CliRun.of("check", "--openapi", spec.toString(), "--fail-on-openapi-mismatch", out.toString());
    assertEquals(0, agree.exit(), agree::toString);
    assertTrue(agree.out().contains(operations + " operations") && agree.out().endsWith("they agree\n"), agree.out());
  }

  @Test
  void aResponseSharedByOperationsIsOneEntryListingThemAndEveryGuessIsMarked() throws IOException {
    Path out = dir.resolve("github.yaml");
    assertEquals(0, CliRun.of("import-openapi", DOCUMENTS.resolve("github-rest.yaml").toString(), out.toString()).exit());
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("""
          - name: NOT_FOUND
            status: 404
            title: "Resource not found"
            shape: basic-error
            endpoints:
              - "POST /repos/{owner}/{repo}/issues"
              - "GET /repos/{owner}/{repo}/issues/{issue_number}"
              - "PUT /teams/{team_id}/projects/{project_id}"
              - "GET /repos/{owner}/{repo}/vulnerability-alerts"
            duplicates:
              - "Also documented as GET /repos/{owner}/{repo}/vulnerability-alerts 404 (\\"Not Found if repository is not\
         enabled with vulnerability alerts\\") by GET /repos/{owner}/{repo}/vulnerability-alerts; one entry, as a decoder\
         tells them apart by status only."
        """), yaml);
    assertTrue(yaml.contains("""
          - name: SERVICE_UNAVAILABLE
            status: 503
            title: "Service unavailable"
            shape: service-unavailable-body
            retry: backoff
        """), yaml);
    assertFalse(yaml.contains("NOT_MODIFIED") || yaml.contains("MOVED_PERMANENTLY"), "3xx are not errors: " + yaml);

    Path stripe = dir.resolve("stripe.yaml");
    assertEquals(0, CliRun.of("import-openapi", DOCUMENTS.resolve("stripe.yaml").toString(), stripe.toString()).exit());
    String one = Files.readString(stripe);
    assertTrue(one.contains("""
          - name: ERROR
            status: 500
            title: "Error response"
            shape: error
            decided:
              title: "The OpenAPI document gives a description, no title: its first sentence."
              status: "The OpenAPI document answers it as 'default', no status: 500 is a guess."
        """), one);
    assertTrue(one.contains("    message: /error/message\n") && one.contains("\"/error/decline_code\": \"For card"), one);
    assertTrue(one.contains("[status] ERROR: the document's 'default' response"), one);
  }

  /**
   * Two oddities of GitHub's real description the hand-written copy lacked: {@code description: Response} on a
   * response nobody described (a placeholder, no title), and a response written in place with its own schema that
   * is merged into the shared one of its status (its shape, used by no entry, is not written, nor asked about).
   */
  @Test
  void gitHubsPlaceholderDescriptionAndAMergedResponsesShapeLeaveNoTrace() throws IOException {
    Path out = dir.resolve("github.yaml");
    CliRun imported = CliRun.of("import-openapi", DOCUMENTS.resolve("github-rest.yaml").toString(), out.toString());
    assertEquals(0, imported.exit(), imported::toString);
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("""
          - name: CONFLICT
            status: 409
            title: "Conflict"
            shape: empty
            endpoints:
              - "DELETE /repos/{owner}/{repo}/interaction-limits"
            decided:
              title: "The OpenAPI document gives no title: the status's reason phrase."
        """), yaml);
    assertFalse(yaml.contains("\"Response\""), yaml);
    assertTrue(imported.out().contains("[title] CONFLICT: the title is the status's reason phrase"), imported.out());
    assertTrue(yaml.contains("(\\\"Forbidden if the project is not owned by the organization\\\")"), yaml);
    assertFalse(yaml.contains("forbidden-2") || imported.out().contains("forbidden-2"), yaml);
  }

  @Test
  void problemDetailsAreToldApartByTheirTypeReadFromTheExamples() throws IOException {
    Path out = dir.resolve("train-travel.yaml");
    assertEquals(0, CliRun.of("import-openapi", DOCUMENTS.resolve("train-travel.yaml").toString(), out.toString())
        .exit());
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("""
          - name: TOO_MANY_REQUESTS
            status: 429
            title: "Too Many Requests"
            shape: problem
            when:
              "/type": "https://example.com/errors/too-many-requests"
            retry: throttled
            headers:
              - RateLimit
              - Retry-After
            examples:
              - '{"type":"https://example.com/errors/too-many-requests","title":"Too Many Requests","status":429,\
        "detail":"You have exceeded the rate limit."}'
        """), yaml);
  }

  @Test
  void importNeverWritesOverAFileAndNamesTheIdItChose() throws IOException {
    Path out = Files.writeString(dir.resolve("mine.yaml"), "catalog: mine\n");
    CliRun refused = CliRun.of("import-openapi", DOCUMENTS.resolve("stripe.yaml").toString(), out.toString());
    assertEquals(1, refused.exit());
    assertTrue(refused.out().contains("mine.yaml already exists; name a new file"), refused.out());
    assertEquals("catalog: mine\n", Files.readString(out));

    Path odd = dir.resolve("Stripe Errors.yaml");
    CliRun renamed = CliRun.of("import-openapi", DOCUMENTS.resolve("stripe.yaml").toString(), odd.toString());
    assertEquals(0, renamed.exit(), renamed::toString);
    assertTrue(Files.readString(odd).contains("\ncatalog: stripe-api\n"));
    assertTrue(renamed.out().contains("(its id is stripe-api: rename the file stripe-api.yaml)"), renamed.out());
  }

  @ParameterizedTest
  @CsvSource({"github-rest.yaml", "stripe.yaml", "train-travel.yaml"})
  void swaggerParserReadsTheDocumentsWithoutAMessage(String document) {
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(DOCUMENTS.resolve(document).toAbsolutePath()
        .toUri().toString(), null, null);
    assertTrue(result.getOpenAPI() != null, document);
    assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), document);
    assertFalse(result.getOpenAPI().getPaths().isEmpty(), document);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
