package dev.errorcatalog.processor.model;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One item of an entry's {@code endpoints:}, in the syntax the docs' per-endpoint section and an OpenAPI export
 * share: {@code METHOD /path}, or {@code /path} where the API's docs name no method, optionally followed by a note
 * in parentheses ({@code /register (single)}). A path starts with {@code /} and holds no space;
 * {@code {id}} marks a path parameter and a query may follow ({@code GET /api/v1/messages?phoneNumber=}).
 *
 * @param method the HTTP method in upper case, e.g. {@code POST}; empty where the API's docs name none
 * @param path the path, from its {@code /}
 * @param note the note in parentheses, without them; empty for none
 */
public record Endpoint(Optional<String> method, String path, Optional<String> note) {

  /** The methods of RFC 9110 and PATCH (RFC 5789). */
  public static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private static final Pattern SYNTAX = Pattern.compile("(?:([A-Za-z]+) +)?(/\\S*)(?: +\\((.+)\\))?");

  /** The endpoint a writer wrote, or empty for one not in the syntax (EC052 names why). */
  public static Optional<Endpoint> parse(String text) {
    Matcher m = SYNTAX.matcher(text.strip());
    if (!m.matches() || m.group(1) != null && !METHODS.contains(m.group(1))) {
      return Optional.empty();
    }
    return Optional.of(new Endpoint(Optional.ofNullable(m.group(1)), m.group(2),
        Optional.ofNullable(m.group(3)).map(String::strip)));
  }

  /** The method and path, as a heading or an OpenAPI operation names it: {@code POST /register}, {@code /start}. */
  public String operation() {
    return method.map(mm -> mm + " " + path).orElse(path);
  }
}
