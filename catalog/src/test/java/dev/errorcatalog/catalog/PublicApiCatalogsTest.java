package dev.errorcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import dev.errorcatalog.Catalog;
import dev.errorcatalog.CatalogError;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.MatchKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 34's tests: catalogs of other public APIs (Slack, Stripe, GitHub, Google, Microsoft Graph, Twilio, GraphQL,
 * RFC 9457), written in today's format from the vendors' public error pages, compiled by the real processor, and every
 * body the vendors publish (and the variations a real response carries) decoded by the generated decoders.
 *
 * <p>The catalogs are test resources ({@code src/test/resources/public-apis/errorcatalog/<id>.yaml}), never shipped;
 * each file's header records its sources and, under "Cannot say yet", the statements of the vendor's pages the format
 * cannot express, by issue-34 point. The bodies are in {@code public-apis/bodies/<id>.yaml}, one record per response:
 *
 * <pre>
 * - case: the vendor's example                  # what the body is (the vendor's, or which variation)
 *   status: 200
 *   headers: { Retry-After: "30" }              # optional
 *   body: '{"ok": false, "error": "channel_not_found"}'
 *   decodes: CHANNEL_NOT_FOUND CODE error       # the entry (its Java constant, or "none"), the match kind, and
 *                                               # "success" after them where the entry is a documented success,
 *                                               # "error" where it is an error at a success status (isError())
 *   args: { needed: "chat:write" }              # optional: arguments the decode must carry
 *   retry-after: 30s                            # optional: the wait the decode must give ("none": no hint)
 *   errors: [MISSING_FIELD, INVALID]            # optional: the entries of errors(), in order (arrays of errors)
 *   now: 2013-08-20T15:00:00Z                   # optional: the decoder's clock, for waits that name a time
 * </pre>
 *
 * A body the format cannot decode as the vendor means it yet carries {@code gap: N} (the issue-34 point it needs:
 * 1 errors at a success status, 2 sub-codes, 3 several statuses, 4 arrays, 5 wait hints, 6 varying messages, 7 field
 * meanings; {@code new} for a statement no point of issue 34 covers; {@code bug} for a decode that looks like a
 * product bug rather than a missing feature), {@code want:} (what the vendor means, in words) and {@code today:} (what
 * it decodes to today, in the notation of {@code decodes}), with
 * {@code today-args} and {@code today-retry-after} where they matter. Today's decode is asserted: the day a point
 * lands, its gaps decode differently, this test fails, and the records become {@code decodes:} records.
 *
 * <p>The test prints, per catalog, how many bodies decoded to their entry and the gaps by point.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PublicApiCatalogsTest {

  /** The catalogs, one per style issue 34 names. */
  static final List<String> IDS = List.of("slack-web", "stripe", "github-rest", "google-aip193", "microsoft-graph",
      "twilio", "graphql-apollo", "rfc9457-problems");

  /** The folder that holds {@code errorcatalog/<id>.yaml} and {@code bodies/<id>.yaml}. */
  static final Path ROOT = SeedFacts.moduleDirectory().resolve("src/test/resources/public-apis");

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");
  private static final Pattern POINT = Pattern.compile("point ([1-7]|new)\\b");

  /** Per catalog, filled by {@link #everyBodyDecodesAsRecorded}: printed once at the end. */
  private static final Map<String, String> SUMMARY = new ConcurrentHashMap<>();

  static List<String> ids() {
    return IDS;
  }

  /** The catalog compiled by the real processor, as a consumer compiles it (cached by id in CompiledCatalog). */
  private static CompiledCatalog compiled(String id) {
    return CompiledCatalog.of(id, ROOT);
  }

  /** Each catalog compiles without a diagnostic: every example decodes to its own entry (the build's check). */
  @ParameterizedTest
  @MethodSource("ids")
  void compilesWithoutDiagnostics(String id) {
    CompiledCatalog compiled = compiled(id);
    List<String> reported = compiled.compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .map(d -> d.getKind() + ": " + d.getMessage(null))
        .toList();
    assertEquals(List.of(), reported, id + ": the processor's diagnostics");
    assertEquals(Compilation.Status.SUCCESS, compiled.compilation.status(), id);
    assertEquals(id, compiled.catalog().id());
  }

  /**
   * The generated docs say what the API sends: GitHub's primary rate limit names the wait until x-ratelimit-reset in
   * its unit and lists the headers the entry documents; Graph's decimal Retry-After and the RateLimit field likewise.
   */
  @Test
  void theDocsNameEachWaitHintAndTheHeaders() {
    String github = docs("github-rest");
    assertTrue(github.contains("Rate limited. Wait until the time in the `x-ratelimit-reset` header (UTC epoch seconds),"
        + " then retry"), github);
    assertTrue(github.contains("- **Headers:** `x-ratelimit-limit`, `x-ratelimit-remaining`,"
        + " `x-ratelimit-used`, `x-ratelimit-reset`, `x-ratelimit-resource`"), github);
    assertTrue(docs("microsoft-graph").contains("Wait for the number of seconds in the `Retry-After` header, then retry"));
    assertTrue(docs("rfc9457-problems").contains("Wait for the `Retry-After` header, or the seconds until the quota"
        + " resets in the `RateLimit` header (its `t` parameter), then retry"));
  }

  /** The Markdown page the processor wrote for a catalog. */
  private static String docs(String id) {
    return compiled(id).compilation.generatedFiles().stream()
        .filter(f -> f.getName().endsWith(id + ".md"))
        .map(f -> {
          try {
            return f.getCharContent(true).toString();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no docs page for " + id + " among "
            + compiled(id).compilation.generatedFiles().stream().map(f -> f.getName()).toList()));
  }

  /**
   * A message the API may add text to ({@code {...}}): the generated code keeps the marker in messageTemplate(),
   * and writes the documented text alone (format, the encoder).
   */
  @Test
  void furtherTextIsNeverWritten() {
    CompiledCatalog github = compiled("github-rest");
    CatalogError secondary = (CatalogError) github.catalog().byName("SECONDARY_RATE_LIMIT").orElseThrow();
    assertEquals("You have exceeded a secondary rate limit{...}", secondary.messageTemplate());
    assertEquals("You have exceeded a secondary rate limit", secondary.format(Map.of()));
    assertEquals(List.of(), secondary.placeholders(), "no argument for the further text");
    CatalogError user = (CatalogError) github.catalog().byName("RATE_LIMIT_EXCEEDED").orElseThrow();
    assertTrue(github.encode(secondary, Map.of(), null).contains("\"message\":\"You have exceeded a secondary"
        + " rate limit\""), () -> github.encode(secondary, Map.of(), null));
    assertTrue(user.messageTemplate().startsWith("API rate limit exceeded for {ip}. (But here's the good news"));
  }

  /** Every recorded body decodes as recorded: to its entry, or, for a gap, as it does today. */
  @ParameterizedTest
  @MethodSource("ids")
  void everyBodyDecodesAsRecorded(String id) {
    Catalog<?> catalog = compiled(id).catalog();
    List<Body> bodies = bodies(id);
    assertTrue(bodies.size() >= 10, id + ": at least ten bodies, found " + bodies.size());
    List<String> failures = new ArrayList<>();
    int decoded = 0;
    Map<String, Integer> gaps = new TreeMap<>();
    for (Body b : bodies) {
      DecodedError<?> d = decoderAt(catalog, b.now()).decode(b.status(), b.headers(),
          b.body().getBytes(StandardCharsets.UTF_8));
      String where = id + " [" + b.caseName() + "] " + b.status() + " " + b.body();
      if (b.gap().isEmpty()) {
        check(catalog, d, b.decodes(), b.args(), b.retryAfter(), where, failures);
        List<String> errors = d.errors().stream().map(e -> e.entry().map(CatalogError::name).orElse("none")).toList();
        if (!b.errors().isEmpty() && !b.errors().equals(errors)) {
          failures.add(where + ": errors() are " + errors + ", recorded " + b.errors());
        }
        decoded++;
      } else {
        check(catalog, d, b.today(), b.todayArgs(), b.todayRetryAfter(), where + " (gap " + b.gap() + ": today)",
            failures);
        gaps.merge(b.gap(), 1, Integer::sum);
      }
    }
    assertEquals(List.of(), failures, id + ": bodies that decode otherwise than recorded");
    StringBuilder line = new StringBuilder().append(String.format("%-17s %3d bodies: %3d decoded to their entry",
        id, bodies.size(), decoded));
    if (!gaps.isEmpty()) {
      line.append("; gaps by point: ");
      gaps.forEach((point, n) -> line.append(point).append('=').append(n).append(' '));
    }
    SUMMARY.put(id, line.toString().stripTrailing());
  }

  /**
   * Each file's header names its sources and lists what the format cannot say by point; every point a gap body needs
   * is one of them, and the body file's records are well formed.
   */
  @ParameterizedTest
  @MethodSource("ids")
  void headersListSourcesAndEveryGapPoint(String id) throws IOException {
    String text = Files.readString(catalogFile(id), StandardCharsets.UTF_8);
    String header = text.substring(0, text.indexOf("\ncatalog:"));
    assertTrue(header.startsWith("# yaml-language-server: $schema=../../../../../catalog.schema.json"), id);
    assertTrue(Files.isRegularFile(catalogFile(id).getParent().resolve("../../../../../catalog.schema.json")), id);
    assertTrue(header.contains("# Sources:") && header.contains("https://"), id + ": the header names its sources");
    assertTrue(header.contains("# Cannot say yet"), id + ": the header lists what the format cannot say");
    List<String> listed = new ArrayList<>();
    Matcher m = POINT.matcher(header);
    while (m.find()) {
      listed.add(m.group(1));
    }
    for (Body b : bodies(id)) {
      if (!b.gap().isEmpty() && !b.gap().equals("bug")) {
        assertTrue(listed.contains(b.gap()), id + " [" + b.caseName() + "]: gap " + b.gap()
            + " is not among the header's points " + listed);
      }
    }
    assertEquals(id, YAML.readTree(text).path("catalog").asText(), id + ": the catalog id is the file name");
  }

  /**
   * The public-API catalogs are test data: nothing of them is in the module's main resources (the shipped jar's
   * content), none is on the class path where a consumer's build looks for catalogs ({@code errorcatalog/<id>.yaml}),
   * and their ids are not shipped ids.
   */
  @Test
  void notShipped() throws IOException {
    Path main = SeedFacts.moduleDirectory().resolve("src/main/resources");
    try (Stream<Path> files = Files.walk(main)) {
      assertEquals(List.of(), files.filter(p -> p.toString().contains("public-apis")).toList());
    }
    Path classes = SeedFacts.moduleDirectory().resolve("target/classes");
    assertFalse(Files.exists(classes.resolve("public-apis")), "public-apis in " + classes);
    for (String id : IDS) {
      assertNull(getClass().getClassLoader().getResource("errorcatalog/" + id + ".yaml"), id);
      assertFalse(Files.exists(classes.resolve("errorcatalog/" + id + ".yaml")), id);
      assertFalse(ShippedCatalog.IDS.contains(id), id);
    }
    try (Stream<Path> files = Files.list(ROOT.resolve("errorcatalog"))) {
      assertEquals(IDS.stream().map(id -> id + ".yaml").sorted().toList(),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "one catalog per id, nothing else");
    }
  }

  @AfterAll
  static void printSummary() {
    if (SUMMARY.isEmpty()) {
      return;
    }
    StringBuilder out = new StringBuilder("\nPublic-API catalogs (issue 34): bodies decoded to their entry, gaps by"
        + " point (1 errors at success, 2 sub-codes, 3 several statuses, 4 arrays, 5 wait hints, 6 varying messages,"
        + " 7 field meanings, new: no point yet, bug: product behaviour to question)\n");
    for (String id : IDS) {
      Optional.ofNullable(SUMMARY.get(id)).ifPresent(s -> out.append("  ").append(s).append('\n'));
    }
    System.out.println(out);
  }

  /**
   * Checks a decode against {@code expected}: {@code NAME KIND} or {@code none NONE}, followed by {@code success} when
   * the entry is a documented success ({@link CatalogError#isSuccess()}), or by {@code error} for an error at a
   * success status ({@link DecodedError#isError()}: a response a client must throw for although its status says
   * success).
   */
  private static void check(Catalog<?> catalog, DecodedError<?> d, String expected, Map<String, String> args,
      String retryAfter, String where, List<String> failures) {
    String[] parts = expected.trim().split("\\s+");
    assertTrue(parts.length == 2 || parts.length == 3 && parts[2].matches("success|error"),
        where + ": '" + expected + "'");
    String name = parts[0].equals("none") ? null : parts[0];
    MatchKind kind = MatchKind.valueOf(parts[1]);
    String actualName = d.entry().map(CatalogError::name).orElse(null);
    String actual = (actualName == null ? "none" : actualName) + " " + d.matchKind() + marker(d);
    String wanted = (name == null ? "none" : name) + " " + kind + (parts.length == 3 ? " " + parts[2] : "");
    if (name != null && catalog.byName(name).isEmpty()) {
      failures.add(where + ": no entry " + name + " in the catalog");
      return;
    }
    if (d.isError() && !catalog.decoder().errorsAt(d.status())) {
      failures.add(where + ": an error at status " + d.status() + ", but the decoder's errorsAt says none is there");
      return;
    }
    if (!actual.equals(wanted)) {
      failures.add(where + ": decoded " + actual + ", recorded " + wanted + " (args " + d.args() + ")");
      return;
    }
    args.forEach((key, value) -> {
      if (!value.equals(d.args().get(key))) {
        failures.add(where + ": argument " + key + " is " + d.args().get(key) + ", recorded " + value);
      }
    });
    if (!retryAfter.isEmpty()) {
      Duration want = retryAfter.equals("none") ? null : duration(retryAfter);
      Duration got = d.retryAfter().orElse(null);
      if (want == null ? got != null : !want.equals(got)) {
        failures.add(where + ": retry after " + got + ", recorded " + retryAfter);
      }
    }
  }

  /**
   * The catalog's decoder, its clock fixed at {@code now} (an ISO instant) where the record gives one: wait hints that
   * name a time ({@code x-ratelimit-reset} in epoch seconds) are measured from it. The generated decoder's
   * constructor taking a {@link Clock}.
   */
  private static ErrorDecoder<?> decoderAt(Catalog<?> catalog, String now) {
    if (now.isEmpty()) {
      return catalog.decoder();
    }
    try {
      return (ErrorDecoder<?>) catalog.decoder().getClass().getConstructor(Clock.class)
          .newInstance(Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no decoder taking a clock for " + catalog.id(), e);
    }
  }

  /**
   * " success" for a documented success, " error" for an error at a success status (the response is an error by
   * what the catalog says, not by its status), "" otherwise.
   */
  private static String marker(DecodedError<?> d) {
    if (d.entry().map(CatalogError::isSuccess).orElse(false)) {
      return " success";
    }
    return d.status() >= 100 && d.status() < 400 && d.isError() ? " error" : "";
  }

  private static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new AssertionError("not a duration: " + text);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  static Path catalogFile(String id) {
    return ROOT.resolve("errorcatalog/" + id + ".yaml");
  }

  /** One recorded response; see the class comment. */
  record Body(String caseName, int status, Map<String, List<String>> headers, String body, String decodes,
      Map<String, String> args, String retryAfter, String gap, String want, String today,
      Map<String, String> todayArgs, String todayRetryAfter, String now, List<String> errors) {}

  static List<Body> bodies(String id) {
    Path file = ROOT.resolve("bodies/" + id + ".yaml");
    JsonNode root;
    try {
      root = YAML.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
    List<Body> out = new ArrayList<>();
    for (JsonNode n : root) {
      String caseName = text(n, "case", file);
      String where = file.getFileName() + " [" + caseName + "]";
      Map<String, List<String>> headers = new LinkedHashMap<>();
      n.path("headers").properties().forEach(h -> headers.put(h.getKey(), List.of(h.getValue().asText())));
      String gap = n.path("gap").asText("");
      String today = n.path("today").asText("").trim();
      String decodes = n.path("decodes").asText("").trim();
      if (gap.isEmpty()) {
        assertFalse(decodes.isEmpty(), where + ": decodes");
        assertTrue(today.isEmpty() && n.path("want").isMissingNode(), where + ": today and want belong to gaps");
      } else {
        assertTrue(gap.matches("[1-7]|new|bug"), where + ": gap " + gap);
        assertFalse(today.isEmpty(), where + ": a gap records what it decodes to today");
        assertFalse(n.path("want").asText("").isBlank(), where + ": a gap says what the vendor means");
        assertTrue(decodes.isEmpty(), where + ": a gap has no decodes (its want says it)");
      }
      assertTrue(n.path("body").isTextual(), where + ": body");
      out.add(new Body(caseName, n.path("status").asInt(-1), headers, n.path("body").asText(), decodes,
          strings(n.path("args")), n.path("retry-after").asText(""), gap, n.path("want").asText(""), today,
          strings(n.path("today-args")), n.path("today-retry-after").asText(""), n.path("now").asText(""),
          list(n.path("errors"))));
    }
    return out;
  }

  private static String text(JsonNode n, String key, Path file) {
    assertTrue(n.path(key).isTextual(), file + ": a record without " + key + ": " + n);
    return n.path(key).asText();
  }

  private static List<String> list(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.forEach(e -> out.add(e.asText()));
    return out;
  }

  private static Map<String, String> strings(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.properties().forEach(p -> out.put(p.getKey(), p.getValue().asText()));
    return out;
  }
}
