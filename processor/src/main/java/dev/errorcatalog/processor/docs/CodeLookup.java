package dev.errorcatalog.processor.docs;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Constant;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.Identity;
import dev.errorcatalog.processor.model.JsonScalar;
import dev.errorcatalog.processor.model.MessageTemplate;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "Find by code" table of the index: every value a response can carry that identifies its entry, across all
 * catalogs, each linking to its own catalog's entry. A reader with {@code 8}, {@code USER_BLOCKED} or a whole
 * message from a log finds it here with the browser's find, where a search box returns noise for so short a value.
 *
 * <p>The values of an entry: its code (and sub-code) and the name the API gives the code where the entry's own
 * text quotes it (Transformify's {@code USER_BLOCKED} for Viber code 8); the text constants its bodies carry
 * ({@code "error": "Bad Request"}); the messages and other identifying values of its example bodies as sent, with
 * their real arguments ({@link ExampleValues}); its documented messages where no example shows them; and its
 * status only where the status alone identifies it. Rows of a value several entries share are told apart by
 * the response each names.
 */
final class CodeLookup {

  // Compiled once: the index looks at every entry's pointers and values.
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern CODE_LIKE = Pattern.compile("[A-Za-z0-9_.:-]+");

  private CodeLookup() {}

  /** How a value identifies its entry, for the cell's form: code-like values in a code span, text as text. */
  private enum Form { CODE, TEXT }

  private record Row(String sortKey, String value, Form form, Entry entry, CatalogModel catalog) {}

  /** The section, headed by {@code heading}; the catalogs are those of the index, in its order. */
  static String render(String heading, List<CatalogModel> catalogs) {
    List<Row> rows = new ArrayList<>();
    for (CatalogModel catalog : catalogs) {
      for (Entry entry : catalog.entries()) {
        Set<String> seen = new LinkedHashSet<>();
        for (Map.Entry<String, Form> value : values(entry, catalog).entrySet()) {
          if (seen.add(value.getKey())) {
            rows.add(new Row(value.getKey().toLowerCase(Locale.ROOT), value.getKey(), value.getValue(), entry,
                catalog));
          }
        }
      }
    }
    // Numbers in numeric order (8 before 10), then the rest alphabetically; ties keep the catalogs' order.
    rows.sort(Comparator.comparing((Row r) -> !isNumber(r.sortKey()))
        .thenComparing(r -> isNumber(r.sortKey()) ? new BigInteger(r.sortKey()) : BigInteger.ZERO)
        .thenComparing(Row::sortKey));
    // Two entries with one value and one title are told apart by what identifies them otherwise, and where that
    // is the same too, by where their bodies carry it ({"error": …} or {"errors": [{"message": …}]}).
    // By identity: each row is one value of one entry, and a record's hash would hash the entry and its whole
    // catalog on every lookup (most of the index's time in a compile, before).
    Map<Row, String> responses = new IdentityHashMap<>();
    for (int pass = 0; pass < 3; pass++) {
      Map<String, Integer> same = new HashMap<>();
      for (Row row : rows) {
        same.merge(key(row, responses.getOrDefault(row, row.entry().title())), 1, Integer::sum);
      }
      for (Row row : rows) {
        String now = responses.getOrDefault(row, row.entry().title());
        if (same.get(key(row, now)) > 1) {
          responses.put(row, pass == 0 ? now + " (" + otherwise(row) + ")"
              : row.entry().title() + " (" + (otherwise(row).equalsIgnoreCase(row.value()) ? ""
                  : otherwise(row) + ", ") + bodyForm(row.entry()) + ")");
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("## ").append(heading).append("\n\n")
        .append("Every value a response carries that identifies its entry: codes, names and constants the APIs "
            + "send, and whole messages as sent. Paste one with your browser's find; a message with other values "
            + "in it is found by the search box.\n\n")
        .append("| Code, name or message | Response | Status | Catalog |\n")
        .append("|---|---|---|---|\n");
    for (Row row : rows) {
      Entry entry = row.entry();
      String shown = row.form() == Form.TEXT ? Markdown.cell(row.value()) : Markdown.cellCode(row.value());
      String response = responses.getOrDefault(row, entry.title());
      out.append("| [").append(shown).append("](")
          .append(DocsGenerator.pageName(row.catalog())).append('#').append(entry.anchor()).append(") | ")
          .append(Markdown.cell(response)).append(" | ")
          .append(EntryHeading.status(entry)).append(" | ")
          .append(Markdown.cell(row.catalog().title())).append(" |\n");
    }
    return out.append('\n').toString();
  }

  /** What tells the row's entry apart besides its value: its message, or what identifies it. */
  private static String otherwise(Row row) {
    String message = row.entry().message().map(m -> m.documented().strip()).orElse("");
    return message.isEmpty() || message.equalsIgnoreCase(row.value()) ? Identity.of(row.entry()).value() : message;
  }

  /** Rows with the same key would read alike: one value, one catalog, one status, one response. */
  private static String key(Row row, String response) {
    return row.sortKey() + "\u0000" + row.catalog().id() + "\u0000" + EntryHeading.status(row.entry()) + "\u0000"
        + response.toLowerCase(Locale.ROOT);
  }

  /**
   * Where the entry's body carries its message, as the body's outline: {@code {"errors": [{"message": …}]}} for
   * {@code /errors/0/message}; the shape's name for a body without a message pointer.
   */
  static String bodyForm(Entry entry) {
    String pointer = entry.shape().message().or(() -> entry.shape().code()).orElse("");
    if (pointer.isEmpty()) {
      return entry.shape().body() == dev.errorcatalog.processor.model.BodyKind.EMPTY ? "no body"
          : entry.shape().name() + " body";
    }
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      if (token.equals("*") || DIGITS.matcher(token).matches()) {
        open.append('[');
        close.insert(0, ']');
      } else {
        open.append("{\"").append(token.replace("~1", "/").replace("~0", "~")).append("\": ");
        close.insert(0, '}');
      }
    }
    return open + "…" + close;
  }

  /**
   * The values that identify {@code entry} of {@code catalog}, each with the form its cell shows it in, in a stable
   * order. A constant of the entry's shape that other entries of the catalog carry too ({@code "message":
   * "bad-request"} on every body of a shape) names the body's form, not the response: it is not listed.
   */
  static Map<String, Form> values(Entry entry, CatalogModel catalog) {
    Set<String> shared = new java.util.HashSet<>();
    for (Constant constant : entry.shape().when()) {
      long carriers = catalog.entries().stream()
          .filter(e -> e.allConstants().stream().anyMatch(c -> c.pointer().equals(constant.pointer())
              && c.value().equals(constant.value())))
          .count();
      if (carriers > 1) {
        shared.add(constant.pointer());
      }
    }
    Map<String, Form> out = new java.util.LinkedHashMap<>();
    if (entry.hasCode()) {
      out.put(entry.code(), Form.CODE);
      entry.subcode().ifPresent(sub -> out.put(sub, Form.CODE));
      if (!entry.constantName().equals(entry.code()) && quotesName(entry)) {
        out.put(entry.constantName(), Form.CODE);
      }
    }
    for (Constant constant : entry.allConstants()) {
      if (constant.value().kind() == JsonScalar.Kind.STRING && !constant.value().text().isBlank()
          && (!shared.contains(constant.pointer()) || entry.when().contains(constant))) {
        out.putIfAbsent(constant.value().text().strip(), Form.CODE);
      }
    }
    List<String> sent = ExampleValues.of(entry, shared);
    for (String value : sent) {
      out.putIfAbsent(value, looksLikeCode(value) ? Form.CODE : Form.TEXT);
    }
    // The documented messages no example shows as sent: their text as documented.
    List<MessageTemplate> messages = new ArrayList<>();
    entry.message().ifPresent(messages::add);
    messages.addAll(entry.variants());
    for (MessageTemplate message : messages) {
      boolean shown = sent.stream().anyMatch(v -> v.equalsIgnoreCase(message.documented().strip()))
          || message.placeholders().isEmpty() && out.containsKey(message.documented().strip())
          || !message.placeholders().isEmpty() && sent.stream().anyMatch(v -> fits(message, v));
      // A template of placeholders alone ("{message}") identifies nothing.
      boolean words = message.segments().stream()
          .anyMatch(g -> g instanceof MessageTemplate.Literal l && !l.text().isBlank());
      if (!shown && words) {
        String text = message.documented().strip();
        out.putIfAbsent(message.furtherText() ? text + " …" : text, looksLikeCode(text) ? Form.CODE : Form.TEXT);
      }
    }
    if (out.isEmpty() && entry.status() != 0) {
      // Only where nothing else identifies the entry (no body, or one that repeats the status) is its status
      // "the code".
      out.put(Integer.toString(entry.status()), Form.CODE);
    }
    if (out.isEmpty()) {
      out.put(Identity.of(entry).value(), Form.TEXT);
    }
    return out;
  }

  /** Whether the entry's own text quotes its name as the API's ("USER_BLOCKED (the page's error name)"). */
  private static boolean quotesName(Entry entry) {
    Pattern word = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(entry.constantName()) + "(?![A-Za-z0-9_])");
    return entry.description().filter(d -> word.matcher(d).find()).isPresent()
        || word.matcher(entry.title()).find();
  }

  /** Whether a message as sent is one of the template's ("{resource} not found" and "Campaign not found"). */
  private static boolean fits(MessageTemplate template, String value) {
    StringBuilder regex = new StringBuilder("(?s)");
    for (MessageTemplate.Segment segment : template.segments()) {
      if (segment instanceof MessageTemplate.Literal literal) {
        regex.append(Pattern.quote(literal.text()));
      } else {
        regex.append(segment instanceof MessageTemplate.Placeholder ? ".+?" : ".*");
      }
    }
    return value.strip().matches(regex.toString());
  }

  /** A value without spaces made of letters, digits, '_', '-' and '.': a code or constant, shown as code. */
  private static boolean looksLikeCode(String value) {
    return CODE_LIKE.matcher(value).matches() && !value.endsWith(".");
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
