package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.load.CatalogLoader;
import dev.errorcatalog.processor.load.LoadResult;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Entry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 36: the catalog's bookkeeping is out of the reading path. On every shipped page the words of provenance
 * (the "About this page" section, and each marker on a field) are at most 10% of the page's words; entry sections
 * speak in the API's voice (no "the page", "the catalog", no parser words such as "decode" or "the value captured
 * as") and repeat no reason of a decision.
 */
class ProvenanceShareTest {

  private static final Path SHIPPED = Paths.get("src/test/resources/catalog-fixtures");
  /** Words the generator must not put in an entry section: bookkeeping and parser vocabulary. */
  static final List<String> NOT_IN_ENTRIES = List.of("the page", "the catalog", "decode", "captured",
      "identified by", "status alone", "not in the api's docs", "the source", "documented again", "placeholder");
  private static final Pattern MARKER = Pattern.compile(" \\[[⁰¹²³⁴⁵⁶⁷⁸⁹]+\\]\\(#[a-z0-9-]+\\)");
  private static final Pattern WORD = Pattern.compile("\\S*[\\p{L}\\p{N}]\\S*");

  private final DocsGenerator docs = new DocsGenerator();

  @TestFactory
  Stream<DynamicTest> provenanceIsAtMostATenthOfEveryShippedPage() throws IOException {
    List<CatalogModel> catalogs = shipped();
    assertEquals(5, catalogs.size());
    return catalogs.stream().map(catalog -> DynamicTest.dynamicTest(catalog.id(), () -> {
      Share share = share(docs.page(catalog));
      assertTrue(share.provenance() * 10 <= share.words(), catalog.id() + ": " + share + ", over 10%");
    }));
  }

  @TestFactory
  Stream<DynamicTest> entrySectionsSpeakInTheApisVoice() throws IOException {
    return shipped().stream().map(catalog -> DynamicTest.dynamicTest(catalog.id(), () -> {
      String entries = generatorWords(entrySections(docs.page(catalog)), catalog);
      for (String word : NOT_IN_ENTRIES) {
        int at = entries.toLowerCase(Locale.ROOT).indexOf(word);
        assertEquals(-1, at, () -> catalog.id() + ": '" + word + "' in an entry: "
            + entries.substring(Math.max(0, at - 200), Math.min(entries.length(), at + 200)));
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> noEntryRepeatsAReasonAndEveryReasonIsListedOnce() throws IOException {
    return shipped().stream().map(catalog -> DynamicTest.dynamicTest(catalog.id(), () -> {
      String page = docs.page(catalog);
      String entries = entrySections(page);
      String about = section(page, "## About this page");
      for (Entry entry : catalog.entries()) {
        for (Decision decision : entry.decided()) {
          String reason = Markdown.inline(decision.reason());
          assertFalse(entries.contains(reason), catalog.id() + ": a reason in an entry: " + reason);
          if (!(entry.isSuccess() && decision.aspect().equals("retry"))) {
            assertEquals(1, count(about, reason + " ("), catalog.id() + ": listed once: " + reason);
          }
        }
      }
    }));
  }

  /** The measure can fail: a page whose entries each carry their reason is over the share. */
  @Test
  void aPageWithEveryReasonRepeatedIsOverTheShare() {
    StringBuilder page = new StringBuilder("---\ntitle: \"x\"\n---\n\n# X\n\n## Errors\n\n");
    for (int i = 0; i < 10; i++) {
      page.append("### `E").append(i).append("` · Error {#e").append(i).append("}\n\n- **Status:** 400 Bad Request\n")
          .append("- **Retry:** Do not retry. [¹](#about-this-page)\n\n");
    }
    page.append("## About this page\n\n**Retry advice:**\n\n")
        .append("- ¹ The page gives no retry advice for this error; not retrying it is the catalog's reading.\n");
    Share share = share(page.toString());
    assertEquals(10 + 3 + 2 + 1 + 16, share.provenance(), share.toString());
    assertFalse(share.provenance() * 10 <= share.words(), share.toString());
  }

  /** Words of a page and those of them that are provenance. */
  record Share(int words, int provenance) {
    @Override
    public String toString() {
      return provenance + " of " + words + " words (" + Math.round(1000.0 * provenance / words) / 10.0 + "%)";
    }
  }

  /**
   * The share of a page: its words (front matter, the generated comment, ids and link targets left out; a marker
   * is one word), and of them those of the "About this page" section and the markers elsewhere.
   */
  static Share share(String page) {
    String body = page.substring(page.indexOf("\n---\n", 3) + 5).replace(CatalogPage.GENERATED_NOTE, "");
    String about = section(body, "## About this page");
    String rest = body.replace(about, "");
    int markers = count(MARKER, rest);
    int aboutWords = words(about) + count(MARKER, about);
    return new Share(words(rest) + markers + aboutWords, markers + aboutWords);
  }

  /** The words of Markdown text: heading ids and link targets are not read. */
  static int words(String markdown) {
    String text = MARKER.matcher(markdown).replaceAll(" ").replaceAll("\\{#[a-z0-9-]+\\}", " ")
        .replaceAll("\\]\\([^)]*\\)", "] ");
    return count(WORD, text);
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /** From a heading line to the next heading of the same level, or the end. */
  static String section(String page, String heading) {
    int start = page.indexOf(heading + "\n");
    if (start < 0) {
      start = page.indexOf(heading + " {#");
    }
    if (start < 0) {
      return "";
    }
    int end = page.indexOf("\n## ", start + 1);
    return page.substring(start, end < 0 ? page.length() : end + 1);
  }

  /** The entry sections: the errors' and the successes'. */
  static String entrySections(String page) {
    return section(page, "## Errors") + section(page, "## Success responses");
  }

  /**
   * The text the generator wrote: the catalog's prose (meaning, cause, fix, deprecation), the API's messages and
   * bodies (code spans and fences) taken out, as those are the writer's and the API's words, not the page's.
   */
  static String generatorWords(String entries, CatalogModel catalog) {
    String out = entries;
    for (Entry entry : catalog.entries()) {
      List<String> prose = new ArrayList<>();
      entry.description().ifPresent(prose::add);
      entry.cause().ifPresent(prose::add);
      entry.fix().ifPresent(prose::add);
      entry.deprecated().ifPresent(prose::add);
      entry.causes().forEach(c -> {
        prose.add(c.cause());
        c.fix().ifPresent(prose::add);
      });
      for (String text : prose) {
        out = out.replace(Markdown.prose(text), " ").replace(Markdown.inline(text), " ");
      }
    }
    return out.replaceAll("(?s)```.*?```", " ").replaceAll("`[^`\n]*`", " ");
  }

  static List<CatalogModel> shipped() throws IOException {
    List<CatalogModel> catalogs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SHIPPED)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        LoadResult result = new CatalogLoader().load(file.toString(), Files.readAllBytes(file));
        catalogs.add(result.catalog().orElseThrow(() -> new AssertionError(file + ": " + result.diagnostics())));
      }
    }
    return catalogs;
  }
}
