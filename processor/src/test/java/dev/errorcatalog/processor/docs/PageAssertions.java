package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.FencedCodeBlock;

/** Checks any catalog's page against its model, on the HTML commonmark-java renders from it. */
final class PageAssertions {

  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");
  private static final Pattern ANCHOR = Pattern.compile("<a id=\"([^\"]*)\"></a>");
  private static final Pattern HREF = Pattern.compile("<a href=\"#([^\"]*)\"");

  private PageAssertions() {}

  /** Every check below; returns the rendered page for more. */
  static Rendered assertPageShows(CatalogModel catalog, String markdown) {
    Rendered page = new Rendered(markdown);
    assertFrontMatter(catalog, page);
    assertEveryEntryShown(catalog, page);
    assertIdsUnique(page);
    assertSummaryTable(catalog, page);
    assertExamplesFenced(catalog, page);
    return page;
  }

  /**
   * The front matter reads back as the title and the description, as written but on one line and without the
   * characters that would be markup where the theme prints them raw ({@link FrontMatter}).
   */
  static void assertFrontMatter(CatalogModel catalog, Rendered page) {
    String title = page.frontMatter.get("title").asText();
    String description = page.frontMatter.get("description").asText();
    assertEquals(htmlSafe(flat(catalog.title())), title);
    assertEquals(htmlSafe(flat(CatalogPage.description(catalog))), description);
  }

  /** The text with {@code < > "} as the front matter spells them, checked here without {@link FrontMatter}. */
  static String htmlSafe(String text) {
    return text.replace('<', '‹').replace('>', '›').replaceAll("(^|[\\s(\\[{‹“])\"", "$1“").replace('"', '”');
  }

  /**
   * Each entry's section (from its anchor to the next) shows its code, title and message template as
   * text, and its anchor is exactly {@code Entry.anchor()}, once.
   */
  static void assertEveryEntryShown(CatalogModel catalog, Rendered page) {
    String html = page.html;
    // One pass over the page: where each explicit anchor stands (each must stand once).
    java.util.Map<String, Integer> at = new java.util.HashMap<>();
    List<Integer> starts = new java.util.ArrayList<>();
    Matcher anchors = ANCHOR.matcher(html);
    while (anchors.find()) {
      Integer before = at.put(anchors.group(1), anchors.start());
      assertEquals(null, before, "anchor twice: " + anchors.group(1));
      starts.add(anchors.start());
    }
    List<Integer> sections = new java.util.ArrayList<>();
    for (int h2 = html.indexOf("<h2"); h2 >= 0; h2 = html.indexOf("<h2", h2 + 3)) {
      sections.add(h2);
    }
    Set<String> links = new HashSet<>();
    Matcher hrefs = HREF.matcher(html);
    while (hrefs.find()) {
      links.add(hrefs.group(1));
    }
    for (Entry entry : catalog.entries()) {
      Integer start = at.get(entry.anchor());
      assertTrue(start != null, () -> "anchor of " + entry.code());
      int i = java.util.Collections.binarySearch(starts, start);
      int next = i + 1 < starts.size() ? starts.get(i + 1) : html.length();
      int s = -java.util.Collections.binarySearch(sections, start) - 1;
      int end = Math.min(next, s < sections.size() ? sections.get(s) : html.length());
      String chunk = html.substring(start, end);
      if (entry.hasCode()) {
        assertTrue(chunk.contains("<code>" + Rendered.escapeHtml(flat(entry.code()).strip()) + "</code>"),
            () -> "code of " + entry.code() + " in\n" + chunk);
      } else {
        // An entry the API sends no code for: the page never shows its name as a code; its message, body or
        // status (all shown) are what the API sends, in the API's words, not "identified by" (issue 36).
        assertTrue(!chunk.contains("<strong>Code:</strong>"), () -> "no code line for " + entry.label() + "\n" + chunk);
        assertTrue(!chunk.contains("Identified by"), () -> "parser words for " + entry.label() + "\n" + chunk);
      }
      // The whole title; one that is only its status's reason phrase shows as the status ("503 Service Unavailable").
      assertTrue(chunk.contains(Rendered.escapeHtml(flat(entry.title())))
              || EntryHeading.isReasonPhrase(entry) && chunk.contains("<strong>Status:</strong> " + entry.status() + " "),
          () -> "title of " + entry.code() + " in\n" + chunk);
      entry.message().ifPresent(m -> {
        String shown = flat(m.display()).strip();
        if (!shown.isEmpty()) {
          assertTrue(chunk.contains("<code>" + Rendered.escapeHtml(shown) + "</code>"),
              () -> "message of " + entry.code() + " in\n" + chunk);
        }
      });
      assertTrue(links.contains(entry.anchor()), () -> "summary link to " + entry.code());
    }
  }

  /** No id twice: the explicit anchors and the heading ids a slugger adds never collide. */
  static void assertIdsUnique(Rendered page) {
    Set<String> seen = new HashSet<>();
    Matcher m = ID.matcher(page.html);
    while (m.find()) {
      String id = m.group(1);
      assertTrue(seen.add(id), () -> "duplicate id " + id);
    }
  }

  /** The summary table has one row per entry (plus the header), three cells each, linking to the entry. */
  static void assertSummaryTable(CatalogModel catalog, Rendered page) {
    TableBlock summary = page.all(TableBlock.class).get(0);
    List<TableRow> rows = Rendered.all(summary, TableRow.class);
    assertEquals(catalog.entries().size() + 1, rows.size(), "summary rows");
    for (TableRow row : rows) {
      assertEquals(3, Rendered.all(row, TableCell.class).size(), "summary cells");
    }
  }

  /**
   * Every example is one fenced block holding exactly the example, in its entry (the "Response bodies" section
   * after the entries shows examples of its own).
   */
  static void assertExamplesFenced(CatalogModel catalog, Rendered page) {
    // Errors first, then the success section.
    List<String> expected = java.util.stream.Stream.concat(
            catalog.entries().stream().filter(e -> !e.isSuccess()), catalog.entries().stream().filter(Entry::isSuccess))
        .flatMap(e -> e.examples().stream())
        .map(x -> x.body().replace("\r\n", "\n").replaceAll("^(?:[ \t]*\n)+", "").replaceAll("\n+$", "") + "\n")
        .toList();
    String entries = page.markdown.split("\n## (The r|R)esponse bodies\n", 2)[0];
    List<String> actual = Rendered.all(Rendered.parse(entries), FencedCodeBlock.class).stream()
        .map(FencedCodeBlock::getLiteral).toList();
    assertEquals(expected, actual);
  }

  /** Text as {@link Markdown#inline} shows it: lines stripped and joined with spaces. */
  static String flat(String text) {
    return String.join(" ", text.replace("\r\n", "\n").lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }
}
