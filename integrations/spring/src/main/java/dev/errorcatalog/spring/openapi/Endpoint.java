package dev.errorcatalog.spring.openapi;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operation as catalogs and services name it, in a form both compare equal in: the method in capitals, the path
 * without its query, note or trailing slash, and every path parameter as {@code {}} (a catalog's
 * {@code /orders/{id}} is the service's {@code /orders/{orderId}}).
 *
 * @param method e.g. {@code GET}
 * @param path e.g. {@code /orders/{}}
 */
record Endpoint(String method, String path) {

  private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]*}");

  /** The service's operation {@code method} at the path template {@code path}. */
  public static Endpoint of(String method, String path) {
    return new Endpoint(method.toUpperCase(Locale.ROOT), normalized(path));
  }

  /**
   * An entry's endpoint as the export writes it ({@code "GET /orders/{id}"}); empty for one without a method,
   * which matches no operation (the export keeps those apart, never guessing a method).
   */
  public static Optional<Endpoint> parse(String endpoint) {
    String text = endpoint.strip();
    int space = text.indexOf(' ');
    if (space <= 0) {
      return Optional.empty();
    }
    String method = text.substring(0, space);
    String path = text.substring(space + 1).strip();
    int note = path.indexOf(" (");
    if (note >= 0) {
      path = path.substring(0, note).strip();
    }
    if (!method.chars().allMatch(Character::isLetter) || !path.startsWith("/")) {
      return Optional.empty();
    }
    return Optional.of(of(method, path));
  }

  private static String normalized(String path) {
    String p = path;
    int query = p.indexOf('?');
    if (query >= 0) {
      p = p.substring(0, query);
    }
    p = PARAMETER.matcher(p).replaceAll("{}");
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
