package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a starter catalog: the review list as comments at its head, then the catalog in the format's
 * order. Every text is written double-quoted with JSON's escapes, which YAML's double quotes read the same, so
 * that nothing a document holds (a {@code : }, a {@code  #}, a leading {@code {}, a line break) changes what the
 * catalog says; examples are single-quoted, as the format's own examples are.
 */
final class StarterYaml {

  private static final ObjectMapper JSON = new ObjectMapper();

  private StarterYaml() {}

  static String write(OpenApiDocument document, String id, List<StarterCatalog.Review> review,
      Iterable<DraftShape> shapes, List<DraftEntry> drafts) {
    StringBuilder y = new StringBuilder();
    y.append("# A starter catalog written by errorcatalog import-openapi from ").append(oneLine(document.tree().file()))
        .append(" (").append(oneLine(document.title())).append(document.version().map(v -> " " + oneLine(v)).orElse(""))
        .append(").\n# Every guess is marked under 'decided:'. Review before use:\n");
    int n = 0;
    for (StarterCatalog.Review r : review) {
      y.append("#  ").append(++n).append(". ").append(oneLine(r.render())).append('\n');
    }
    y.append("catalog: ").append(id).append('\n');
    y.append("title: ").append(quote(document.title().isEmpty() ? id : DraftText.bounded(document.title())))
        .append('\n');
    document.docs().filter(docs -> docs.length() <= 2000).ifPresent(docs -> y.append("docs: ").append(quote(docs))
        .append('\n'));
    y.append("defaults:\n  retry: never\n  decided:\n    retry: ")
        .append(quote("The OpenAPI document states no retry advice: never, until a writer says otherwise."))
        .append('\n');
    if (shapes.iterator().hasNext()) {
      y.append("shapes:\n");
      for (DraftShape s : shapes) {
        y.append("  ").append(s.name).append(":\n");
        if (s.message != null) {
          y.append("    message: ").append(s.message).append('\n');
        }
        if (!s.meanings.isEmpty()) {
          y.append("    meanings:\n");
          s.meanings.forEach((pointer, text) -> y.append("      ").append(quote(pointer)).append(": ")
              .append(quote(text)).append('\n'));
        }
        if (s.decided != null) {
          y.append("    decided: ").append(quote(s.decided)).append('\n');
        }
      }
    }
    y.append("entries:\n");
    for (DraftEntry d : drafts) {
      y.append("  - name: ").append(d.name).append('\n');
      y.append("    status: ").append(d.statuses.size() == 1 ? d.statuses.get(0).toString()
          : d.statuses.toString()).append('\n');
      y.append("    title: ").append(quote(d.title)).append('\n');
      if (d.description != null) {
        y.append("    description: ").append(quote(d.description)).append('\n');
      }
      y.append("    shape: ").append(d.shape).append('\n');
      if (!d.when.isEmpty()) {
        y.append("    when:\n");
        d.when.forEach((pointer, value) -> y.append("      ").append(quote(pointer)).append(": ")
            .append(quote(value)).append('\n'));
      }
      if (d.retry != null) {
        y.append("    retry: ").append(d.retry).append('\n');
      }
      list(y, "headers", d.headers, false);
      list(y, "endpoints", d.endpoints, true);
      if (!d.examples.isEmpty()) {
        y.append("    examples:\n");
        for (String example : d.examples) {
          y.append("      - ").append(example(example)).append('\n');
        }
      }
      list(y, "duplicates", d.duplicates, true);
      Map<String, String> decided = new LinkedHashMap<>();
      if (d.titleDecided != null) {
        decided.put("title", d.titleDecided);
      }
      if (d.statusDecided != null) {
        decided.put("status", d.statusDecided);
      }
      if (d.whenDecided != null && !d.when.isEmpty()) {
        decided.put("when", d.whenDecided);
      }
      if (d.shapeDecided != null) {
        decided.put("shape", d.shapeDecided);
      }
      if (d.retryDecided != null) {
        decided.put("retry", d.retryDecided);
      }
      if (!decided.isEmpty()) {
        y.append("    decided:\n");
        decided.forEach((aspect, why) -> y.append("      ").append(aspect).append(": ").append(quote(why)).append('\n'));
      }
    }
    return y.toString();
  }

  private static void list(StringBuilder y, String key, Iterable<String> items, boolean quoted) {
    Iterator<String> it = items.iterator();
    if (!it.hasNext()) {
      return;
    }
    y.append("    ").append(key).append(":\n");
    while (it.hasNext()) {
      String item = it.next();
      y.append("      - ").append(quoted ? quote(item) : item).append('\n');
    }
  }

  /** A text for a comment line: on one line, and short (a catalog's line has a limit; a comment needs no more). */
  private static String oneLine(String text) {
    String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ");
    return line.length() <= 2000 ? line : line.substring(0, 1999) + "…";
  }

  /** A text as a double-quoted YAML scalar: JSON's escapes, which YAML's double quotes read the same. */
  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
          .replace("\u0085", "\\u0085").replace("\uFEFF", "\\uFEFF");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a String always serialises
    }
  }

  /** An example body: single-quoted as the format's examples are, unless it holds what only escapes can say. */
  private static String example(String body) {
    boolean plain = body.chars().allMatch(c -> c >= 0x20 && c != 0x7F && c != 0x85 && c != 0x2028 && c != 0x2029
        && c != 0xFEFF && !(c >= 0x80 && c < 0xA0));
    return plain ? "'" + body.replace("'", "''") + "'" : quote(body);
  }
}
