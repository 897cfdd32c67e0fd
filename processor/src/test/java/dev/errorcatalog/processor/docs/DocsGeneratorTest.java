package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Names;
import dev.errorcatalog.processor.testing.CatalogBuilder;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Link;
import org.junit.jupiter.api.Test;

/** The pages as a reader's renderer sees them: structure, literal catalog text, anchors, links. */
class DocsGeneratorTest {

  private final DocsGenerator docs = new DocsGenerator();

  @Test
  void everyEntryOfTheSampleCatalogIsShownWithItsAnchor() {
    CatalogModel acme = SampleCatalogs.acme();
    Rendered page = PageAssertions.assertPageShows(acme, docs.page(acme));
    assertEquals(acme.entries().size(), entryHeadings(page.markdown));
    assertTrue(page.html.contains("<h2 id=\"success-responses\">Success responses</h2>"));
    // The success entry is in its own section, after every error.
    assertTrue(page.html.indexOf("<a id=\"ok\">") > page.html.indexOf("<a id=\"code-8\">"));
    assertTrue(page.html.contains("<strong>Retry:</strong> Retry with exponential backoff and jitter. Stop retrying"
        + " 15 min after the first attempt."));
  }

  @Test
  void theBodyTableShowsWhatTheApiSaysItsFieldsMeanInMeaningsOrTheirOwnDescription() {
    CatalogModel stripe = new dev.errorcatalog.processor.load.CatalogLoader().load("/c/stripe.yaml", """
        catalog: stripe
        title: Stripe API
        shapes:
          stripe-error:
            code: /error/code
            message: /error/message
            fields:
              param: /error/param
              type: /error/type
              charge:
                pointer: /error/charge
                description: For card errors, the ID of the failed charge.
            meanings:
              /error/param: The parameter the error relates to, <if any>.
              /error/doc_url: A URL to more information about the error code reported.
        entries:
          - code: parameter_missing
            status: 400
            title: Parameter missing
            shape: stripe-error
            message: "Missing required param: {param}."
        """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).catalog().orElseThrow();
    String page = docs.page(stripe);
    assertTrue(page.contains("| `/error/code` | The error's code, for programs: each entry gives its own. |"), page);
    assertTrue(page.contains("| `/error/param` | The parameter the error relates to, &lt;if any&gt;. |"), page);
    assertTrue(page.contains("| `/error/doc_url` | A URL to more information about the error code reported. |"),
        page);
    assertFalse(page.contains("| `/error/param` | A value sent with the error"), "the meaning replaces the generic words");
    assertTrue(page.contains("| `/error/charge` | For card errors, the ID of the failed charge. |"), page);
    assertTrue(page.contains("| `/error/type` | A value sent with the error. |"), "no meaning: the generic words");
  }

  @Test
  void hostileCatalogTextShowsLiterallyAndNeverAsMarkup() {
    CatalogModel hostile = SampleCatalogs.hostile();
    Rendered page = PageAssertions.assertPageShows(hostile, docs.page(hostile));
    String html = page.html;
    // Only the generator's own HTML: anchors, the hard breaks of prose, the generated-file comment.
    for (String tag : List.of("<script", "<b>", "<div", "<Field", "<New", "<blockquote", "<ol", "<pre><code>not")) {
      assertFalse(html.contains(tag), () -> tag + " in\n" + html);
    }
    assertEquals(1, Rendered.count(html, "<h1"), "one title");
    assertEquals(hostile.entries().size(), entryHeadings(page.markdown));
    // Headings carry no markup and no backslash escape (Python-Markdown's table of contents would show it).
    assertTrue(html.contains(">Hostile Field API docs</h1>"), html);
    assertFalse(page.markdown.lines().filter(l -> l.startsWith("#")).anyMatch(l -> l.contains("\\")), page.markdown);
    assertTrue(html.contains("# Not a heading\n&lt;script&gt;alert('x')&lt;/script&gt; and &lt;b&gt;not bold&lt;/b&gt;."));
    assertTrue(html.contains("| not | a | table |\n|---|---|---|"));
    assertTrue(html.contains("<strong>Meaning:</strong> # at line start<br>\n- not a list<br>\n1. not ordered\n"
        + "&gt; not a quote\n```\nnot a fence\n&lt;div&gt;not html&lt;/div&gt;\nnot code</p>"), html);
    assertTrue(html.contains("Use `backticks` and \\escapes\\ and &amp;amp; literally."));
    assertTrue(html.contains("<code>`&lt;Field&gt;` must match *{pattern}* | _or_ [{other}]</code>"));
    assertTrue(html.contains(": also | here # and there</li>"), html);
    assertTrue(html.contains("<strong>Deprecated:</strong> use &lt;New&gt; | *other*"));
    assertTrue(html.contains("<code>GET /a|b</code>"));
    // Only the vendor link and the page's own links: nothing from the text became a link.
    for (Link link : page.all(Link.class)) {
      String dest = link.getDestination();
      assertTrue(dest.startsWith("#") || dest.equals("https://example.com/errors?a=1&b=%282%29"), dest);
    }
  }

  @Test
  void summaryCellsKeepPipesInsideTheirCell() {
    CatalogModel hostile = SampleCatalogs.hostile();
    Rendered page = new Rendered(docs.page(hostile));
    TableBlock summary = page.all(TableBlock.class).get(0);
    List<TableRow> rows = Rendered.all(summary, TableRow.class);
    for (TableRow row : rows) {
      assertEquals(3, Rendered.all(row, TableCell.class).size());
    }
    String html = Rendered.HTML.render(summary);
    assertTrue(html.contains("<a href=\"#pipe-code\">PIPE|CODE</a>"), html);
  }

  @Test
  void legendListsEveryRetryClass() {
    Rendered page = new Rendered(docs.page(SampleCatalogs.acme()));
    List<TableBlock> tables = page.all(TableBlock.class);
    List<TableRow> rows = Rendered.all(tables.get(tables.size() - 1), TableRow.class);
    assertEquals(dev.errorcatalog.RetryClass.values().length + 1, rows.size());
    assertTrue(page.html.contains("<h2 id=\"retry-classes\">Retry classes</h2>"));
  }

  @Test
  void javaNamesFollowThePrefixOfTheBuild() {
    CatalogModel acme = SampleCatalogs.acme();
    assertFalse(docs.page(acme).contains("AcmeOrdersError"), "no Java details unless asked for");
    String page = new DocsGenerator(new DocsOptions(true)).page(acme, new GeneratedNames("com.example", "Shop"));
    assertTrue(page.contains("`ShopError.VALIDATION_FAILED`, thrown as `ShopBadRequestException` by"
        + " `ShopErrors.validationFailed`."));
    assertFalse(page.contains("AcmeOrders"));
  }

  @Test
  void indexListsEveryCatalogById() {
    Rendered index = new Rendered(docs.index(List.of(SampleCatalogs.hostile(), SampleCatalogs.acme())));
    assertEquals("Error catalogs", index.frontMatter.get("title").asText());
    List<TableRow> rows = Rendered.all(index.all(TableBlock.class).get(0), TableRow.class);
    assertEquals(3, rows.size());
    List<String> links = index.all(Link.class).stream().map(Link::getDestination).filter(d -> !d.contains("#")).toList();
    assertEquals(List.of("acme-orders.md", "insider-hostile.md"), links);
    String acmeRow = Rendered.HTML.render(rows.get(1));
    assertTrue(acmeRow.contains("<td>Every error the Orders API returns.</td>"), acmeRow);
    assertTrue(acmeRow.contains("<td align=\"right\">13</td>\n<td align=\"right\">12</td>\n<td align=\"right\">1</td>"),
        acmeRow);
    assertTrue(Rendered.HTML.render(rows.get(2)).contains("Hostile &lt;Field&gt; | `API` *docs*"));
  }

  @Test
  void outputDependsOnlyOnTheModel() {
    assertEquals(docs.page(SampleCatalogs.acme()), new DocsGenerator().page(SampleCatalogs.acme()));
    assertEquals(docs.index(List.of(SampleCatalogs.acme(), SampleCatalogs.hostile())),
        docs.index(List.of(SampleCatalogs.hostile(), SampleCatalogs.acme())));
    assertFalse(docs.page(SampleCatalogs.acme()).contains("/somewhere/"), "no file path on the page");
  }

  /** 5,000 entries (the size the generators are built for); parsed at 500, commonmark-java is slow on more. */
  @Test
  void largeCatalogsRenderEveryEntry() {
    CatalogModel huge = numbered(5000);
    String markdown = docs.page(huge);
    assertEquals(5000, Rendered.count(markdown, " {#e"));
    assertEquals(5000, Rendered.count(markdown, "](#e"));
    CatalogModel big = numbered(500);
    Rendered page = PageAssertions.assertPageShows(big, docs.page(big));
    assertEquals(500, entryHeadings(page.markdown));
  }

  private static CatalogModel numbered(int size) {
    List<Entry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < size; i++) {
      entries.add(CatalogBuilder.entry("E" + i, 400 + i % 100, "Error " + i).message("failed {what} #" + i)
          .retry(dev.errorcatalog.RetryClass.values()[i % 6]).build());
    }
    return CatalogBuilder.catalog("big", "Big", null, "Many errors.", entries);
  }

  @Test
  void entriesWithoutProseStillHaveTheirFacts() {
    CatalogModel small = CatalogBuilder.catalog("tiny", "Tiny", null, null, List.of(
        CatalogBuilder.entry("X", 500, "Boom").build()));
    String page = docs.page(small);
    Entry x = small.entries().get(0);
    assertTrue(page.contains("\n### `X` · Boom {#" + x.anchor() + "}\n\n- **Status:** 500 Internal Server Error\n"), page);
    assertTrue(page.contains("description: \"Every documented response of Tiny: status, code, message and retry"
        + " advice.\""));
    assertFalse(page.contains("Source:"));
    assertFalse(page.contains("## Success responses"));
    PageAssertions.assertPageShows(small, page);
  }

  /**
   * Entries whose codes read like the page's sections (and like its title) keep their anchors; the section
   * headings take other words, so no id is on the page twice and every link lands where it says.
   */
  @Test
  void sectionHeadingsGiveWayToEntryAnchors() {
    List<String> codes = List.of("ORDERS", "SUMMARY", "ERRORS", "SUCCESS_RESPONSES", "RETRY_CLASSES",
        "THE_RETRY_CLASSES", "FOR_JAVA_DEVELOPERS");
    List<Entry> entries = new java.util.ArrayList<>();
    for (String code : codes) {
      entries.add(CatalogBuilder.entry(code, 400, "Error " + code).build());
    }
    entries.add(CatalogBuilder.entry("CREATED", 201, "Created").build());
    CatalogModel clashing = CatalogBuilder.catalog("orders", "Orders", null, "Errors named like sections.", entries);
    Rendered page = PageAssertions.assertPageShows(clashing, new DocsGenerator(new DocsOptions(true)).page(clashing));

    java.util.regex.Matcher ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(page.html);
    List<String> all = new java.util.ArrayList<>();
    while (ids.find()) {
      all.add(ids.group(1));
    }
    assertEquals(all.size(), new java.util.HashSet<>(all).size(), "an id twice: " + all);
    for (String code : codes) {
      assertTrue(all.contains(Names.anchor(code)), code);
    }
    assertTrue(page.html.contains("<h1 id=\"orders-catalog\">Orders (catalog)</h1>"), page.html);
    assertTrue(page.html.contains("<h2 id=\"summary-of-responses\">Summary of responses</h2>"));
    assertTrue(page.html.contains("<h2 id=\"error-responses\">Error responses</h2>"));
    assertTrue(page.html.contains("<h2 id=\"documented-success-responses\">Documented success responses</h2>"));
    assertTrue(page.html.contains("<h2 id=\"the-retry-classes-2\">The retry classes (2)</h2>"));
    assertTrue(page.html.contains("<h2 id=\"generated-java-types\">Generated Java types</h2>"));
    for (Link link : page.all(Link.class)) {
      assertTrue(all.contains(link.getDestination().substring(1)), link.getDestination());
    }
    // Without a clash the page keeps its usual headings.
    assertTrue(docs.page(SampleCatalogs.acme()).contains("\n## Summary\n"));
  }

  /** The entry headings of a page: level 3 with an id that is not a body shape's nor a note's. */
  private static long entryHeadings(String markdown) {
    return markdown.lines().filter(l -> l.startsWith("### ") && l.endsWith("}") && !l.contains(" {#body-")
        && !l.contains(" {#note-") && !l.contains(" {#documented-twice")).count();
  }
}
