package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Example;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The index's "Find by code" over the shipped catalogs: every code and every message an example body carries, as
 * sent, leads to its own entry; a bare status is "the code" only of an entry nothing else identifies; rows of one
 * value in one catalog are told apart. The values pasted from real responses in issue 36 are checked by name.
 */
class CodeLookupTest {

  private static final Path SHIPPED = Paths.get("src/test/resources/catalog-fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** A lookup row: | [value](page.md#anchor) | response | status | catalog |. */
  private static final Pattern ROW = Pattern.compile("^\\| \\[(.*)\\]\\(([a-z0-9-]+)\\.md#([a-z0-9-]+)\\) \\| (.*) \\| (.*) \\| (.*) \\|$");

  private static List<CatalogModel> shipped() throws IOException {
    List<CatalogModel> catalogs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SHIPPED)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        LoadResult result = new CatalogLoader().load(file.toString(), Files.readAllBytes(file));
        catalogs.add(result.catalog().orElseThrow(() -> new AssertionError(file + ": " + result.diagnostics())));
      }
    }
    return catalogs;
  }

  private record Row(String value, String page, String anchor, String response, String status) {}

  /** The rows of the lookup table, values as a reader sees them (the Markdown escapes undone). */
  private static List<Row> rows(List<CatalogModel> catalogs) {
    String index = new DocsGenerator().index(catalogs);
    List<Row> rows = new ArrayList<>();
    for (String line : index.substring(index.indexOf("## Find by code")).lines().toList()) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(new Row(text(m.group(1)), m.group(2), m.group(3), text(m.group(4)), m.group(5)));
      }
    }
    return rows;
  }

  private static String text(String markdown) {
    String plain = markdown.startsWith("`") ? markdown.replaceAll("^`+ ?| ?`+$", "") : markdown;
    plain = plain.replaceAll("\\\\(.)", "$1");
    Matcher ref = Pattern.compile("&#(\\d+);").matcher(plain);
    StringBuilder out = new StringBuilder();
    while (ref.find()) {
      ref.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(ref.group(1)))));
    }
    ref.appendTail(out);
    return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** The entries each value leads to, as "page#anchor". */
  private static Map<String, Set<String>> targets(List<Row> rows) {
    Map<String, Set<String>> out = new HashMap<>();
    rows.forEach(r -> out.computeIfAbsent(r.value(), v -> new LinkedHashSet<>()).add(r.page() + "#" + r.anchor()));
    return out;
  }

  @Test
  void everyCodeAndMessageOfEveryExampleLeadsToItsEntry() throws IOException {
    List<CatalogModel> catalogs = shipped();
    Map<String, Set<String>> targets = targets(rows(catalogs));
    int checked = 0;
    List<String> missing = new ArrayList<>();
    for (CatalogModel catalog : catalogs) {
      for (Entry entry : catalog.entries()) {
        String target = catalog.id() + "#" + entry.anchor();
        assertTrue(targets.values().stream().anyMatch(t -> t.contains(target)), "no row for " + target);
        if (entry.hasCode()) {
          checked++;
          if (!targets.getOrDefault(entry.code(), Set.of()).contains(target)) {
            missing.add(entry.code() + " -> " + target);
          }
        }
        if (entry.shape().body() != BodyKind.JSON) {
          continue;
        }
        for (Example example : entry.examples()) {
          JsonNode body = JSON.readTree(example.body());
          for (String pointer : entry.shape().pointers()) {
            boolean codeOrMessage = entry.shape().code().equals(java.util.Optional.of(pointer))
                || entry.shape().message().equals(java.util.Optional.of(pointer));
            JsonNode value = pointer.contains("*") ? null : body.at(pointer);
            if (!codeOrMessage || value == null || !value.isValueNode() || value.isNull()) {
              continue;
            }
            String sent = value.asText().strip().replaceAll("\\s+", " ");
            if (ExampleValues.placeholder(sent)) {
              continue;
            }
            checked++;
            if (!targets.getOrDefault(sent, Set.of()).contains(target)) {
              missing.add(sent + " -> " + target);
            }
          }
        }
      }
    }
    assertEquals(List.of(), missing);
    assertTrue(checked > 150, "checked " + checked + " values");
  }

  @Test
  void theValuesPastedFromRealResponsesLandOnTheirEntry() throws IOException {
    Map<String, Set<String>> targets = targets(rows(shipped()));
    assertEquals(Set.of("transformify#code-8"), targets.get("USER_BLOCKED"));
    assertEquals(Set.of("pingback#invalid-params"), targets.get("DEAL_ID_IS_NECESSARY"));
    assertEquals(Set.of("insider-one#internal-server-error"), targets.get("500 INTERNAL_SERVER_ERROR"));
    assertEquals(Set.of("insider-one#invalid-api-key"), targets.get("The provided API key is invalid, expired or revoked"));
    assertEquals(Set.of("insider-one#missing-content-type"), targets.get("content type must be application/json"));
    // Its own catalog's entry, not Insider One's "SERVICE:-Campaign not found".
    assertEquals(Set.of("transformify#resource-not-found"), targets.get("Campaign not found"));
    assertEquals(Set.of("transformify#pending-message-capacity-exceeded"), targets.get("Too many pending messages. You "
        + "have 48500 pending messages and requested 5000 more. Maximum allowed: 50000. Available capacity: 1500."));
  }

  @Test
  void aBareStatusIsTheCodeOnlyWhereNothingElseIdentifiesTheEntry() throws IOException {
    List<CatalogModel> catalogs = shipped();
    Map<String, Set<String>> targets = targets(rows(catalogs));
    for (CatalogModel catalog : catalogs) {
      for (Entry entry : catalog.entries()) {
        String target = catalog.id() + "#" + entry.anchor();
        boolean byStatus = targets.getOrDefault(Integer.toString(entry.status()), Set.of()).contains(target);
        boolean other = targets.entrySet().stream()
            .anyMatch(e -> !e.getKey().equals(Integer.toString(entry.status())) && e.getValue().contains(target));
        assertFalse(byStatus && other, target + " is listed under its bare status besides what identifies it");
      }
    }
    // Transformify's 400 row without a body of its own; Insider One's MISSING_CONTENT_TYPE carries a message.
    assertTrue(targets.get("400").contains("transformify#bad-request"));
    assertFalse(targets.get("400").contains("insider-one#missing-content-type"));
  }

  @Test
  void rowsOfOneValueInOneCatalogAreToldApart() throws IOException {
    Map<String, Set<String>> seen = new HashMap<>();
    for (Row row : rows(shipped())) {
      String key = row.value() + " in " + row.page() + " at " + row.status();
      assertTrue(seen.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(row.response()),
          key + ": two rows read " + row.response());
    }
    assertTrue(seen.get("Bad Request in transformify at 400").size() >= 6, seen.toString());
  }
}
