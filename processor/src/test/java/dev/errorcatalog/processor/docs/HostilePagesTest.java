package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.CatalogFilesBuild;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic.Kind;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages of the repository's hostile catalogs ({@code docs-site/hostile}, which {@code .ci/docs-site} also
 * builds into a site and checks in a browser), rendered by the writers' command line's code with a baseline and
 * the Java details, so that every section shows catalog text: whatever markup that text holds, the front matter
 * reads back as the expected inert text, and outside code spans and fences no {@code <}, no link but to a web
 * page or an entry, no image and no {@code attr_list} braces are left to the renderer. Read the way
 * Python-Markdown (MkDocs) finds code spans, and as commonmark-java parses the page.
 */
class HostilePagesTest {

  private static final Path HOSTILE = Paths.get("../docs-site/hostile");
  private static final String MARKER = "ecpwn";
  /** Python-Markdown's code span (markdown.inlinepatterns.BACKTICK_RE): not after a backslash, same run closes. */
  private static final Pattern CODE_SPAN = Pattern.compile("(?<!\\\\)(`+)(.+?)(?<!`)\\1(?!`)");
  private static final Pattern FENCE = Pattern.compile("^(`{3,})(json|text)?$");
  private static final Pattern LINK = Pattern.compile("(?<!\\\\)\\]\\(([^)]*)\\)");
  private static final Pattern OWN_LINK =
      Pattern.compile("https?://[^\\s\"<>`]+|#[a-z0-9-]+|[a-z0-9-]+\\.md(?:#[a-z0-9-]+)?");
  private static final Pattern HEADING_ID = Pattern.compile("(?m)^(#{1,6} .*) \\{#[a-z0-9-]+\\}$");

  private static Map<String, String> pages;

  @BeforeAll
  static void render() {
    List<String> printed = new ArrayList<>();
    CatalogFilesBuild build = new CatalogFilesBuild(Map.of("errorcatalog.baseline",
        HOSTILE.resolve("baseline/hostile.yaml").toString(), "errorcatalog.docs.java", ""),
        (kind, text, element) -> {
          // EC051: the hostile titles are long by design (their payload), a warning about the heading only.
          if (kind == Kind.ERROR || kind == Kind.WARNING && !text.contains("[EC051 ")) {
            printed.add(text);
          }
        });
    CatalogFilesBuild.Outcome outcome =
        build.run(List.of(HOSTILE.resolve("hostile.yaml"), HOSTILE.resolve("hostile-links.yaml")));
    assertEquals(List.of(), printed, "the hostile catalogs are valid");
    pages = outcome.pages();
    assertEquals(List.of("hostile-links.md", "hostile.md", "index.md"), pages.keySet().stream().sorted().toList());
  }

  @Test
  void frontMatterReadsBackAsInertText() {
    assertFrontMatter("hostile.md",
        "Pingback ‹script›alert('ecpwn-title')‹/script› API ‹img src=x onerror=alert(1) data-ecpwn› “ onmouseover=”"
            + "alert(2)” x='ecpwn' {#ecpwnid1} ‹/title›‹script›alert(3)‹/script› &lt;b&gt; &#60;i&#62;"
            + " {{ config.ecpwn }} {% raw %}",
        "Hostile ‹img src=x onerror=alert(4) data-ecpwn› “description” onmouseover=”alert(5)” ecpwn: value --- "
            + "{#ecpwnid2} ‹/details› ‹!-- {{ ecpwn }}.");
    assertFrontMatter("hostile-links.md",
        "Links --- title: “ecpwn” ‹script›alert('ecpwn-links-title')‹/script› ... ‹img src=x onerror=alert(90) "
            + "data-ecpwn›",
        "“--- description: ‹script›alert('ecpwn-links-description')‹/script› --- ' onload='alert(93)' ‹img src=x "
            + "onerror=alert(94) data-ecpwn›");
    assertEquals("Error catalogs", new Rendered(pages.get("index.md")).frontMatter.get("title").asText());
  }

  @Test
  void noAngleBracketOutsideCode() {
    pages.forEach((name, markdown) -> {
      String text = outsideCode(markdown).replace(CatalogPage.GENERATED_NOTE, "").replace("<br>\n", "\n");
      assertFalse(text.contains("<"), () -> name + ": a raw < outside code:\n" + around(text, "<"));
      for (HtmlBlock block : new Rendered(markdown).all(HtmlBlock.class)) {
        assertEquals(CatalogPage.GENERATED_NOTE, block.getLiteral().strip(), name);
      }
      // The <br> prose writes before a list-like line; the <a id> Rendered writes for each {#anchor}.
      for (HtmlInline html : new Rendered(markdown).all(HtmlInline.class)) {
        assertTrue(html.getLiteral().matches("<br>|<a id=\"[a-z0-9-]+\">|</a>"), () -> name + ": " + html.getLiteral());
      }
    });
  }

  @Test
  void linksOnlyToWebPagesAndEntries() {
    pages.forEach((name, markdown) -> {
      String text = outsideCode(markdown);
      Matcher links = LINK.matcher(text);
      while (links.find()) {
        String destination = links.group(1);
        assertTrue(OWN_LINK.matcher(destination).matches(), () -> name + ": a link to " + destination);
      }
      assertFalse(Pattern.compile("(?<!\\\\)!\\[").matcher(text).find(), () -> name + ": an image");
      Rendered page = new Rendered(markdown);
      assertEquals(List.of(), page.all(Image.class), name);
      for (Link link : page.all(Link.class)) {
        assertTrue(OWN_LINK.matcher(link.getDestination()).matches(), () -> name + ": " + link.getDestination());
      }
    });
    assertTrue(pages.get("hostile-links.md").contains("(https://example.com/ecpwn?a=1&b=%22%3E%3Cimg%20src="),
        "the vendor page is a link, its markup percent-encoded");
    assertTrue(pages.get("hostile.md")
            .contains("Source: the vendor's page `JaVaScRiPt:alert('ecpwn-docs')//https://example.com/`."),
        "a vendor page that is no web page is code");
  }

  @Test
  void noAttributeListFromCatalogText() {
    pages.forEach((name, markdown) -> {
      String text = HEADING_ID.matcher(outsideCode(markdown)).replaceAll("$1");
      Matcher brace = Pattern.compile("(?<!\\\\)\\{").matcher(text);
      assertFalse(brace.find(), () -> name + ": a live { outside code:\n" + around(text, "{"));
    });
  }

  @Test
  void catalogTextIsOnThePages() {
    assertTrue(Rendered.count(pages.get("hostile.md"), MARKER) > 100, "the payloads are shown");
    assertTrue(pages.get("hostile.md").contains("## Changes"), "the Changes section, with the baseline's text");
    assertTrue(pages.get("hostile.md").contains("## For Java developers"));
  }

  private static void assertFrontMatter(String page, String title, String description) {
    Rendered rendered = new Rendered(pages.get(page));
    assertEquals(title, rendered.frontMatter.get("title").asText(), page);
    assertEquals(description, rendered.frontMatter.get("description").asText(), page);
  }

  /** The page after its front matter, without fenced blocks and code spans (each span left as one space). */
  static String outsideCode(String markdown) {
    String body = markdown.substring(markdown.indexOf("\n---\n", 3) + 5);
    StringBuilder out = new StringBuilder();
    String fence = null;
    for (String line : body.split("\n", -1)) {
      Matcher opening = FENCE.matcher(line);
      if (fence == null && opening.matches()) {
        fence = opening.group(1);
      } else if (fence != null && line.equals(fence)) {
        fence = null;
      } else if (fence == null) {
        out.append(CODE_SPAN.matcher(line).replaceAll(" ")).append('\n');
      }
    }
    return out.toString();
  }

  private static String around(String text, String needle) {
    int at = text.indexOf(needle);
    return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 200));
  }
}
