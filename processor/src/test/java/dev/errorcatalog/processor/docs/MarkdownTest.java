package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

/**
 * The escaping helpers, checked by parsing their output with commonmark-java: whatever the text, it comes
 * back as the same text and never as markup. Random texts are drawn from an alphabet of every character
 * with a meaning in Markdown (fixed seed: failures reproduce).
 */
class MarkdownTest {

  private static final String ALPHABET = "ab1 0.)-+=*_`~[]()#|<>&!:?{}\\/\"'%$^@\t\nZ";
  private static final String[] HOSTILE = {
      "<Field>", "a | b", "`code`", "*not em*", "_not em_", "[link](http://x)", "# not a heading",
      "<script>alert(1)</script>", "<b>bold</b>", "&amp; &lt;", "1. not a list", "2) no", "- no", "+ no",
      "> no quote", "---", "===", "***", "    indented", "```", "~~~", "~~strike~~", "!!! note", ":def", "\\",
      "trailing\\", "two spaces  ", "[^1]: foot", "{: .cls}", "<!-- c -->", "![img](x.png)", "http://a.b/c_d_e",
      "a\u0000b", "tab\there", "ünïcödé 😃", "| a | b |\n|---|---|\n| c | d |", "line\n# heading\n- item",
  };

  @Test
  void inlineTextComesBackLiterally() {
    for (String text : texts(3000)) {
      String expected = inlineExpected(text);
      Node doc = Rendered.parse(Markdown.inline(text));
      if (expected.isEmpty()) {
        assertNull(doc.getFirstChild(), () -> "empty text rendered something: " + text);
        continue;
      }
      assertEquals(expected, paragraphText(doc, text), () -> "text: " + show(text));
    }
  }

  @Test
  void proseKeepsParagraphsAndLinesAndNeverBecomesMarkup() {
    for (String text : texts(3000)) {
      Node doc = Rendered.parse(Markdown.prose(text));
      List<String> expected = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String line : text.replace("\u0000", "\uFFFD").split("\n", -1)) {
        if (line.isBlank()) {
          if (current.length() > 0) {
            expected.add(current.toString());
            current.setLength(0);
          }
        } else {
          current.append(current.length() > 0 ? "\n" : "").append(line.strip());
        }
      }
      if (current.length() > 0) {
        expected.add(current.toString());
      }
      List<String> actual = new ArrayList<>();
      for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
        Paragraph p = assertInstanceOf(Paragraph.class, block, () -> "not a paragraph: " + show(text));
        actual.add(inlineText(p));
      }
      assertEquals(expected, actual, () -> "text: " + show(text) + "\nmarkdown: " + show(Markdown.prose(text)));
    }
  }

  @Test
  void codeSpanShowsAnyTextLiterally() {
    for (String text : texts(3000)) {
      String flat = text.replace('\n', ' ').replace("\u0000", "\uFFFD");
      if (flat.isEmpty()) {
        continue;
      }
      Node doc = Rendered.parse("x " + Markdown.code(text) + " y");
      Paragraph p = assertInstanceOf(Paragraph.class, doc.getFirstChild());
      List<Code> codes = Rendered.all(p, Code.class);
      assertEquals(1, codes.size(), () -> "text: " + show(text));
      assertEquals(flat, codes.get(0).getLiteral(), () -> "text: " + show(text));
    }
  }

  @Test
  void noBodyBreaksOutOfItsFence() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder body = new StringBuilder();
      int lines = 1 + random.nextInt(6);
      for (int l = 0; l < lines; l++) {
        String[] pieces = {"```", "````", "~~~", "`", "{\"a\": 1}", "  ```json", "</code></pre>", "# h", "x"};
        body.append(" ".repeat(random.nextInt(4))).append(pieces[random.nextInt(pieces.length)])
            .append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)] : "").append('\n');
      }
      String text = body.toString();
      Node doc = Rendered.parse(Markdown.fence(text, "json") + "\nafter\n");
      FencedCodeBlock block = assertInstanceOf(FencedCodeBlock.class, doc.getFirstChild(), text);
      assertEquals(text, block.getLiteral(), text);
      assertEquals("json", block.getInfo());
      Paragraph after = assertInstanceOf(Paragraph.class, block.getNext(), text);
      assertEquals("after", ((Text) after.getFirstChild()).getLiteral());
      assertNull(after.getNext());
    }
  }

  @Test
  void fenceOfEmptyBodyIsAnEmptyBlock() {
    FencedCodeBlock block = assertInstanceOf(FencedCodeBlock.class,
        Rendered.parse(Markdown.fence("", "text")).getFirstChild());
    assertEquals("", block.getLiteral());
  }

  @Test
  void tableCellsKeepPipesAndLineBreaksInsideTheCell() {
    for (String text : texts(1000)) {
      String table = "| A | B |\n|---|---|\n| " + Markdown.cell(text) + " | " + Markdown.cellCode(text) + " |\n";
      Node doc = Rendered.parse(table);
      TableBlock block = assertInstanceOf(TableBlock.class, doc.getFirstChild(), () -> show(text));
      List<TableRow> rows = Rendered.all(block, TableRow.class);
      assertEquals(2, rows.size(), () -> show(text));
      List<TableCell> cells = Rendered.all(rows.get(1), TableCell.class);
      assertEquals(2, cells.size(), () -> show(text));
      String expected = inlineExpected(text);
      assertEquals(expected, inlineText(cells.get(0)), () -> show(text));
      String flat = text.replace("\u0000", "\uFFFD");
      if (flat.indexOf('|') < 0 && !flat.isBlank() && !flat.contains("\n")) {
        // CommonMark strips leading and trailing spaces of a cell; a code span inside keeps its content.
        assertEquals(flat, Rendered.all(cells.get(1), Code.class).get(0).getLiteral(), () -> show(text));
      }
    }
  }

  @Test
  void linksOnlyToWebPagesAndKeepsTheUrlIntact() {
    Node doc = Rendered.parse(Markdown.link("the page", "https://example.com/a b/(c)?d=<e>"));
    Link link = Rendered.all(doc, Link.class).get(0);
    assertEquals("https://example.com/a%20b/%28c%29?d=%3Ce%3E", link.getDestination());
    Node js = Rendered.parse(Markdown.link("x", "javascript:alert(1)"));
    assertTrue(Rendered.all(js, Link.class).isEmpty());
    assertEquals("javascript:alert(1)", Rendered.all(js, Code.class).get(0).getLiteral());
  }

  /** Whatever spelling of a scheme a catalog tries, only http and https become links; the rest is code. */
  @Test
  void everyOtherSchemeIsShownAsCode() {
    for (String url : List.of("JaVaScRiPt:alert(1)", " javascript:alert(1)", "\u0001javascript:alert(1)",
        "\tjavascript:alert(1)", "&#106;avascript:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>",
        "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/", "https:", "http:/x", "ftp://x.example/")) {
      String markdown = Markdown.link("x", url);
      Node doc = Rendered.parse(markdown);
      assertTrue(Rendered.all(doc, Link.class).isEmpty(), () -> show(url) + " became a link: " + markdown);
      assertEquals(1, Rendered.all(doc, Code.class).size(), () -> show(url) + ": " + markdown);
    }
    String quoted = Markdown.link("x", " HTTPS://example.com/\" onclick=\"x");
    Link link = Rendered.all(Rendered.parse(quoted), Link.class).get(0);
    assertEquals("HTTPS://example.com/%22%20onclick=%22x", link.getDestination());
  }

  /**
   * Material's usual extensions read more markup than CommonMark: pymdownx.mark {@code ==}, caret
   * {@code ^}, tilde {@code ~~}, keys {@code ++}, admonitions {@code !!!}, details {@code ???}, definition
   * lists {@code :}. commonmark-java cannot see those, so the escapes are pinned here (checked by hand with
   * Python-Markdown and pymdown-extensions).
   */
  @Test
  void escapesWhatMaterialsExtensionsWouldReadAsMarkup() {
    assertEquals("&#61;&#61;mark&#61;&#61; &#94;sup&#94; \\+\\+ctrl\\+\\+ &#126;&#126;del&#126;&#126; a=b c+d",
        Markdown.inline("==mark== ^sup^ ++ctrl++ ~~del~~ a=b c+d"));
    assertEquals("&#33;!! note\n&#63;?? details\n&#58; definition",
        Markdown.prose("!!! note\n??? details\n: definition"));
  }

  /** Inline output: one paragraph of text (entities decoded), no markup node at all. */
  private static String paragraphText(Node doc, String source) {
    Paragraph p = assertInstanceOf(Paragraph.class, doc.getFirstChild(), () -> "not a paragraph: " + show(source));
    assertNull(p.getNext(), () -> "more than one block: " + show(source));
    return inlineText(p);
  }

  private static String inlineText(Node parent) {
    StringBuilder out = new StringBuilder();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof SoftLineBreak) {
        out.append('\n');
      } else if (n instanceof HtmlInline h && h.getLiteral().equals("<br>")) {
        // the hard break prose puts before a list-like line; the soft break after it follows
        assertInstanceOf(SoftLineBreak.class, n.getNext());
      } else {
        throw new AssertionError("markup in escaped text: " + n);
      }
    }
    return out.toString();
  }

  private static String inlineExpected(String text) {
    List<String> kept = new ArrayList<>();
    for (String line : text.replace("\u0000", "\uFFFD").split("\n", -1)) {
      if (!line.isBlank()) {
        kept.add(line.strip());
      }
    }
    return String.join(" ", kept);
  }

  private static List<String> texts(int count) {
    List<String> texts = new ArrayList<>(List.of(HOSTILE));
    Random random = new Random(42);
    while (texts.size() < count) {
      int length = 1 + random.nextInt(14);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static String show(String text) {
    return "\"" + text.replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }
}
