package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.Endpoint;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Errors by endpoint" section of a page whose catalog names endpoints: one row per endpoint (method and
 * path, as {@link Endpoint} reads them) with the errors it returns, and a row for the errors every endpoint may
 * return (an entry without {@code endpoints:}, which the format reads as all; not one that is no HTTP response).
 */
final class EndpointsSection {

  private final Map<String, List<Entry>> byOperation = new LinkedHashMap<>();
  private final List<Entry> everywhere = new ArrayList<>();

  /** @param errors the page's error entries, in page order */
  EndpointsSection(List<Entry> errors) {
    for (Entry entry : errors) {
      if (entry.endpoints().isEmpty() && entry.status() != 0) {
        everywhere.add(entry);
      }
      for (String written : entry.endpoints()) {
        String operation = Endpoint.parse(written).map(Endpoint::operation).orElse(written.strip());
        List<Entry> list = byOperation.computeIfAbsent(operation, o -> new ArrayList<>());
        if (!list.contains(entry)) {
          list.add(entry);
        }
      }
    }
  }

  /** True when no entry names an endpoint: the page then has no such section. */
  boolean isEmpty() {
    return byOperation.isEmpty();
  }

  /** An endpoint as an entry lists it: {@code `POST /register`} and its note. */
  static String shown(String written) {
    return Endpoint.parse(written)
        .map(e -> Markdown.code(e.operation()) + e.note().map(n -> " (" + Markdown.inline(n) + ")").orElse(""))
        .orElse(Markdown.code(written));
  }

  /** The section, headed by {@code heading}, ending with a blank line. */
  String render(String heading, EntryHeading headings) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(heading).append("\n\n")
        .append("| Endpoint | Errors it returns |\n")
        .append("|---|---|\n");
    byOperation.forEach((operation, entries) -> out.append("| ").append(Markdown.cellCode(operation)).append(" | ")
        .append(links(entries, headings)).append(" |\n"));
    if (!everywhere.isEmpty()) {
      out.append("| Every endpoint | ").append(links(everywhere, headings)).append(" |\n");
    }
    return out.append('\n').toString();
  }

  private static String links(List<Entry> entries, EntryHeading headings) {
    List<String> links = new ArrayList<>();
    for (Entry entry : entries) {
      links.add("[" + cellSafe(EntryHeading.value(entry)) + "](#" + entry.anchor() + ")");
    }
    return String.join(", ", links);
  }

  /** A heading value in a cell: a code span with a pipe would break the row, so it is shown escaped instead. */
  private static String cellSafe(String value) {
    return value.contains("|") ? Markdown.cell(value.replace("`", "")) : value;
  }
}
