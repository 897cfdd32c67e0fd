package dev.errorcatalog.processor.model;

import java.util.Locale;
import java.util.Set;

/** How catalog ids and codes become Java names and docs anchors. One place, so they never drift apart. */
public final class Names {

  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "_", "record", "sealed", "permits", "var", "yield");

  /**
   * Methods of {@code java.lang.Object}: a static factory with one of these names could clash with (or
   * confusingly overload) the inherited instance method, e.g. a {@code WAIT} entry with an {@code int}
   * placeholder would give {@code static wait(long)}.
   */
  private static final Set<String> OBJECT_METHODS = Set.of(
      "getClass", "hashCode", "equals", "clone", "toString", "notify", "notifyAll", "wait", "finalize");

  private Names() {}

  /** {@code insider-one} and {@code "Too Many Requests"} to {@code InsiderOne}, {@code TooManyRequests}. */
  public static String upperCamel(String text) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (upper) {
          out.append(Character.toUpperCase(c));
          upper = false;
        } else {
          out.append(c);
        }
      } else {
        upper = true;
      }
    }
    if (out.length() > 0 && Character.isDigit(out.charAt(0))) {
      out.insert(0, 'C');
    }
    return out.toString();
  }

  /** The generated-type prefix of a catalog id: {@code insider-one} to {@code InsiderOne}. */
  public static String prefix(String catalogId) {
    return upperCamel(catalogId);
  }

  /**
   * The enum constant of a code: upper case, each run of other characters one {@code _}; a code that
   * starts with a digit gets {@code CODE_} in front ({@code 1000} to {@code CODE_1000}).
   */
  public static String constantName(String code) {
    StringBuilder out = new StringBuilder();
    boolean pendingUnderscore = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        if (pendingUnderscore && out.length() > 0) {
          out.append('_');
        }
        pendingUnderscore = false;
        out.append(Character.toUpperCase(c));
      } else {
        pendingUnderscore = true;
      }
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, out.length() == 0 ? "CODE" : "CODE_");
    }
    return out.toString();
  }

  /** The factory method of a constant: {@code DATE_RANGE_TOO_LONG} to {@code dateRangeTooLong}. */
  public static String methodName(String constantName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < constantName.length(); i++) {
      char c = constantName.charAt(i);
      if (c == '_') {
        upper = out.length() > 0;
      } else if (upper) {
        out.append(Character.toUpperCase(c));
        upper = false;
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    String name = out.toString();
    return KEYWORDS.contains(name) || OBJECT_METHODS.contains(name) ? name + "Error" : name;
  }

  /** A Java parameter name for a placeholder: {@code max-days} to {@code maxDays}; keywords get a suffix. */
  public static String parameterName(String placeholder) {
    String camel = upperCamel(placeholder);
    if (camel.isEmpty()) {
      return "arg";
    }
    String name = Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
    return KEYWORDS.contains(name) ? name + "Value" : name;
  }

  /**
   * The stable docs anchor of a code: lower case, each run of other characters one {@code -};
   * {@code DATE_RANGE_TOO_LONG} to {@code date-range-too-long}, {@code 1000} to {@code code-1000}.
   */
  public static String anchor(String code) {
    StringBuilder out = new StringBuilder();
    boolean pendingDash = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        if (pendingDash && out.length() > 0) {
          out.append('-');
        }
        pendingDash = false;
        out.append(Character.toLowerCase(c));
      } else {
        pendingDash = true;
      }
    }
    if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
      out.insert(0, out.length() == 0 ? "code" : "code-");
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
