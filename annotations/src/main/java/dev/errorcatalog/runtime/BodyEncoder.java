package dev.errorcatalog.runtime;

import java.time.Duration;
import java.util.Map;

/**
 * Renders the documented body of an entry on a catalog's {@link CatalogIndex}: its shape filled with the
 * code, the formatted message, the fields and constants, and the retry hint.
 *
 * @param <E> the catalog's entry type
 */
final class BodyEncoder<E> {

  private final CatalogIndex<E> index;

  BodyEncoder(CatalogIndex<E> index) {
    this.index = index;
  }

  /** {@code application/json}, {@code text/plain; charset=utf-8}, or {@code ""} for entries without a body. */
  String contentType(E entry) {
    CodecEntry<E> e = index.of(entry);
    if (e == null) {
      return "";
    }
    return switch (e.shape.body) {
      case JSON -> "application/json";
      case TEXT -> "text/plain; charset=utf-8";
      case EMPTY -> "";
    };
  }

  /**
   * The documented body of an entry: its shape filled with the code, the formatted message, the fields
   * and constants, and the retry hint in seconds ({@code retryAfter} may be {@code null}). Text shapes give
   * the message, empty shapes {@code ""}.
   */
  /** A code as the API sends it: a JSON number where it is a plain whole number, else a string. */
  private static void code(JsonBodyWriter out, String pointer, String code) {
    if (PlaceholderValues.valid(Template.Type.INT, code, 0, code.length())
        && (code.length() == 1 || !code.startsWith("0")) && !code.startsWith("-0")) {
      out.literal(pointer, code);
    } else {
      out.string(pointer, code);
    }
  }

  String encode(E entry, Map<String, ?> args, Duration retryAfter) {
    CodecEntry<E> e = index.of(entry);
    if (e == null || e.shape.body == CatalogCodec.Body.EMPTY) {
      return "";
    }
    Map<String, ?> a = args == null ? Map.of() : args;
    String message = e.templates().length == 0 ? null : e.templates()[0].template().format(a);
    if (e.shape.body == CatalogCodec.Body.TEXT) {
      return message == null ? "" : message;
    }
    JsonBodyWriter out = new JsonBodyWriter();
    for (int i = 0; i < e.constants.length; i++) {
      Constant c = e.constants[i];
      if (c.kind() == Constant.Kind.STRING) {
        out.string(c.pointer(), c.text());
      } else {
        out.literal(c.pointer(), c.text());
      }
    }
    CodecShape s = e.shape;
    if (s.codePointer != null && !e.code.isEmpty()) { // an entry with only a name: the API sends no code
      code(out, s.codePointer, e.code);
    }
    if (s.subcodePointer != null && !e.subcode.isEmpty()) {
      code(out, s.subcodePointer, e.subcode);
    }
    if (s.messagePointer != null && message != null) {
      out.string(s.messagePointer, message);
    }
    for (int i = 0; i < s.fieldNames.length; i++) {
      if (a.containsKey(s.fieldNames[i]) && a.get(s.fieldNames[i]) != null) {
        String value = String.valueOf(a.get(s.fieldNames[i]));
        Template.Type type = e.types().getOrDefault(s.fieldNames[i], Template.Type.STRING);
        if (type != Template.Type.STRING && PlaceholderValues.valid(type, value, 0, value.length())
            && jsonNumberOrBool(value)) {
          out.literal(s.fieldPointers[i], value);
        } else {
          out.string(s.fieldPointers[i], value);
        }
      }
    }
    if (s.retryAfterPointer != null && retryAfter != null && !retryAfter.isNegative()) {
      out.literal(s.retryAfterPointer, Long.toString(RetryAfter.wholeSeconds(retryAfter)));
    }
    return out.toJson();
  }

  /** JSON forbids leading zeros: {@code 007} must travel as a string. */
  private static boolean jsonNumberOrBool(String v) {
    int start = v.startsWith("-") ? 1 : 0;
    return !(v.length() > start + 1 && v.charAt(start) == '0' && Character.isDigit(v.charAt(start + 1)));
  }
}
