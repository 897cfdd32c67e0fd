package dev.errorcatalog.processor.model;

import dev.errorcatalog.runtime.JsonStrings;

/** A constant JSON value a shape or entry expects at a pointer ({@code when:}). */
public record JsonScalar(Kind kind, String text) {

  /** The JSON type of the value. */
  public enum Kind { STRING, NUMBER, BOOLEAN, NULL }

  /** The value as a JSON literal, e.g. {@code "BusinessException"}, {@code false}, {@code 401}. */
  public String toJson() {
    if (kind != Kind.STRING) {
      return text;
    }
    return JsonStrings.quote(text);
  }
}
