package dev.errorcatalog.processor.model;

import java.util.List;

/**
 * What identifies an entry in the API's responses, as the docs and Javadoc show it: the code the API sends;
 * or, where it sends none, the constant fields that tell the entry's bodies apart, its message, or its
 * status alone. Nothing the catalog invented (a name) is ever shown as the API's.
 *
 * @param kind how the API identifies the entry
 * @param value the identifying value as the API sends it: the code, the constants' values ({@code a, b}), the
 *     message template as documented, or the status
 * @param constants the entry's own constants, for {@link Kind#CONSTANT}
 */
public record Identity(Kind kind, String value, List<Constant> constants) {

  /** How the API identifies an entry, most specific first. */
  public enum Kind { CODE, CONSTANT, MESSAGE, STATUS }

  /** The identity of an entry. */
  public static Identity of(Entry entry) {
    if (entry.hasCode()) {
      // A refinement: the code and the sub-code, as the API sends them ("card_declined / insufficient_funds").
      return new Identity(Kind.CODE, entry.codeKey(), List.of());
    }
    if (!entry.when().isEmpty() && entry.shape().body() == BodyKind.JSON) {
      List<String> values = entry.when().stream().map(c -> c.value().text()).toList();
      return new Identity(Kind.CONSTANT, String.join(", ", values), entry.when());
    }
    if (entry.message().isPresent()) {
      // The documented text as the API sends it; "…" where it may add further text.
      MessageTemplate message = entry.message().get();
      String shown = message.furtherText() ? message.documented() + " …" : message.documented();
      return new Identity(Kind.MESSAGE, shown, List.of());
    }
    return new Identity(Kind.STATUS, entry.status() == 0 ? "" : Integer.toString(entry.status()), List.of());
  }

  /**
   * The value shortened for a heading or a table cell: at most {@code max} characters, cut at a word with
   * an ellipsis.
   */
  public String shortValue(int max) {
    String line = value.strip().replaceAll("\\s+", " ");
    if (line.length() <= max) {
      return line;
    }
    int cut = line.lastIndexOf(' ', max - 1);
    return line.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }
}
