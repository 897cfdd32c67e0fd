package dev.errorcatalog.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --openapi SPEC}: a response removed from either side is found, naming the operation and the entry;
 * mismatches are warnings, errors with {@code --fail-on-openapi-mismatch} (and fail {@code --strict}).
 */
class OpenApiAgreementTest {

  @TempDir Path dir;

  private Path spec;
  private Path catalog;

  @BeforeEach
  void importTheTrainTravelApi() throws IOException {
    spec = Files.copy(OpenApiImportTest.DOCUMENTS.resolve("train-travel.yaml"), dir.resolve("openapi.yaml"));
    catalog = dir.resolve("train-travel.yaml");
    assertEquals(0, CliRun.of("import-openapi", spec.toString(), catalog.toString()).exit());
  }

  @Test
  void anEntryRemovedFromTheCatalogIsAResponseTheCatalogLacks() throws IOException {
    String yaml = Files.readString(catalog);
    int start = yaml.indexOf("  - name: CONFLICT\n");
    int end = yaml.indexOf("  - name: ", start + 1);
    Files.writeString(catalog, yaml.substring(0, start) + (end < 0 ? "" : yaml.substring(end)));

    CliRun warned = CliRun.of("check", "--openapi", spec.toString(), catalog.toString());
    assertEquals(0, warned.exit(), warned::toString);
    assertTrue(warned.out().contains(": warning[EC062 response-not-in-catalog]: POST /bookings documents a 409"
        + " response (Conflict, #/components/responses/Conflict) that the catalog lacks: no entry has status 409."
        + " Add an entry for it (status 409, endpoints: [POST /bookings]"), warned.out());
    assertTrue(warned.out().contains("\n" + spec + ":245:11: warning[EC062"), "at the response: " + warned.out());
    assertTrue(warned.out().endsWith("compared with 6 entries of 1 catalog: 1 mismatch\n"), warned.out());

    CliRun failed = CliRun.of("check", "--openapi", spec.toString(), "--fail-on-openapi-mismatch", catalog.toString());
    assertEquals(1, failed.exit(), failed::toString);
    assertTrue(failed.out().contains(": error[EC062 response-not-in-catalog]: POST /bookings"), failed.out());

    CliRun strict = CliRun.of("check", "--strict", "--openapi", spec.toString(), catalog.toString());
    assertEquals(1, strict.exit(), strict::toString);
    assertTrue(strict.out().endsWith("1 mismatch (--strict: warnings fail)\n"), strict.out());
  }

  @Test
  void aResponseRemovedFromTheDocumentIsAnEntryTheDocumentLacks() throws IOException {
    // DELETE /bookings/{bookingId} no longer documents its 404: the catalog's NOT_FOUND still lists it.
    String document = Files.readString(spec);
    int delete = document.indexOf("    delete:");
    int notFound = document.indexOf("        '404':\n", delete);
    int next = document.indexOf("        '429':\n", notFound);
    Files.writeString(spec, document.substring(0, notFound) + document.substring(next));

    CliRun run = CliRun.of("check", "--openapi", spec.toString(), catalog.toString());
    assertEquals(0, run.exit(), run::toString);
    assertTrue(run.out().contains(catalog + ":") && run.out().contains(": warning[EC063 entry-not-in-openapi]:"
        + " NOT_FOUND (status 404) lists DELETE /bookings/{bookingId}, whose responses in the OpenAPI document have"
        + " no 404 (they are 204, 400, 401, 403, 429, 500). Document the 404 response at DELETE /bookings/{bookingId},"
        + " or remove the endpoint from the entry."), run.out());
  }

  @Test
  void anEndpointTheDocumentDoesNotHaveIsNamedWithTheClosestOperation() throws IOException {
    Files.writeString(catalog, Files.readString(catalog).replace("- \"GET /bookings/{bookingId}\"",
        "- \"GET /booking/{id}\""));
    CliRun run = CliRun.of("check", "--openapi", spec.toString(), catalog.toString());
    assertTrue(run.out().contains(": warning[EC064 endpoint-not-in-openapi]: FORBIDDEN (status 403) lists the"
        + " endpoint GET /booking/{id}, which the OpenAPI document does not have. Correct the endpoint, or add the"
        + " operation to the document. Did you mean 'GET /bookings/{bookingId}'?"), run.out());
    // The response at GET /bookings/{bookingId} 403 now has no entry either.
    assertTrue(run.out().contains("warning[EC062 response-not-in-catalog]: GET /bookings/{bookingId} documents a 403"),
        run.out());
  }

  @Test
  void theOptionsAreCheckOnesAndTheMismatchOptionNeedsADocument() {
    CliRun docs = CliRun.of("docs", "--openapi", spec.toString(), catalog.toString(), dir.resolve("site").toString());
    assertEquals(2, docs.exit());
    assertTrue(docs.err().contains("--openapi is an option of check, not of docs."), docs.err());
    CliRun alone = CliRun.of("check", "--fail-on-openapi-mismatch", catalog.toString());
    assertEquals(2, alone.exit());
    assertTrue(alone.err().contains("--fail-on-openapi-mismatch goes with --openapi SPEC."), alone.err());
    CliRun missing = CliRun.of("check", catalog.toString(), "--openapi");
    assertEquals(2, missing.exit());
  }

  /**
   * The export and the check agree: each shipped catalog's own OpenAPI document (its entries without endpoints
   * as reusable responses, at no operation) documents every entry; its document without one of them does not.
   */
  @Test
  void aCatalogsOwnExportAgreesWithItAndMissesWhatIsTakenOut() throws IOException {
    Path shipped = Path.of("..", "catalog", "src", "main", "resources", "errorcatalog");
    Path out = dir.resolve("exported");
    assertEquals(0, CliRun.of("openapi", shipped.toString(), out.toString()).exit());
    for (String id : new String[] {"getresponse", "insider-live-activities", "insider-one", "pingback", "transformify"}) {
      Path document = out.resolve(id + ".openapi.json");
      CliRun run = CliRun.of("check", "--openapi", document.toString(), "--fail-on-openapi-mismatch",
          shipped.resolve(id + ".yaml").toString());
      assertEquals(0, run.exit(), run::toString);
      assertTrue(run.out().endsWith(": they agree\n"), run.out());
    }
    String pingback = Files.readString(out.resolve("pingback.openapi.json"));
    Files.writeString(out.resolve("pingback.openapi.json"),
        pingback.replace("\"x-errorcatalog-entry\": \"TOO_MANY_REQUESTS\"", "\"x-errorcatalog-entry\": \"GONE\""));
    CliRun run = CliRun.of("check", "--openapi", out.resolve("pingback.openapi.json").toString(),
        shipped.resolve("pingback.yaml").toString());
    assertTrue(run.out().contains("warning[EC063 entry-not-in-openapi]: TOO_MANY_REQUESTS (status 429) is answered by"
        + " no operation"), run.out());
  }
}
