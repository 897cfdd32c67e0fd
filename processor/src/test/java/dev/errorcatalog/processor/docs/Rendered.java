package dev.errorcatalog.processor.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A generated Markdown page parsed with commonmark-java (GFM tables, heading anchors) the way a Git host
 * or a CommonMark site generator would read it. The YAML front matter is split off first and parsed as
 * YAML: CommonMark itself has no front matter.
 */
final class Rendered {

  static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
  static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  final String markdown;
  final JsonNode frontMatter;
  final Node document;
  final String html;

  Rendered(String markdown) {
    this.markdown = markdown;
    if (!markdown.startsWith("---\n")) {
      throw new AssertionError("no front matter:\n" + markdown);
    }
    int end = markdown.indexOf("\n---\n", 3);
    try {
      this.frontMatter = new ObjectMapper(new YAMLFactory()).readTree(markdown.substring(4, end + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.document = PARSER.parse(withHeadingIds(markdown.substring(end + 5)));
    this.html = HTML.render(document);
  }

  private static final java.util.regex.Pattern HEADING_ID =
      java.util.regex.Pattern.compile("(?m)^(#{1,6} .*?) \\{#([A-Za-z0-9_-]+)\\}$");

  /**
   * Reads each heading's {@code {#id}} as MkDocs' {@code attr_list} does, which commonmark-java does not: the
   * suffix is dropped from the heading's text and its id stands as an {@code <a id>} just before the heading
   * (where the checks look for the anchors of entries).
   */
  static String withHeadingIds(String markdown) {
    return HEADING_ID.matcher(markdown).replaceAll("<a id=\"$2\"></a>\n\n$1");
  }

  /** Parses a Markdown fragment (no front matter). */
  static Node parse(String fragment) {
    return PARSER.parse(fragment);
  }

  /** Every node of a type, in document order. */
  <T extends Node> List<T> all(Class<T> type) {
    return all(document, type);
  }

  static <T extends Node> List<T> all(Node root, Class<T> type) {
    List<T> found = new ArrayList<>();
    root.accept(new AbstractVisitor() {
      @Override
      protected void visitChildren(Node parent) {
        if (type.isInstance(parent)) {
          found.add(type.cast(parent));
        }
        super.visitChildren(parent);
      }

      @Override
      public void visit(CustomBlock node) {
        visitChildren(node);
      }

      @Override
      public void visit(CustomNode node) {
        visitChildren(node);
      }
    });
    return found;
  }

  /** How often a string occurs in a text. */
  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  /** Text as commonmark-java's HTML renderer escapes it. */
  static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
