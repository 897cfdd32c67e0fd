package dev.errorcatalog.runtime;

import java.util.List;
import java.util.Map;

/** Response headers as HTTP clients hand them over: names in any case, a list of values per name. */
final class Headers {

  private Headers() {}

  /** The first non-blank value of a header, name in any case; {@code null} when there is none. */
  static String first(Map<String, List<String>> headers, String name) {
    if (headers == null || headers.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
        for (String value : e.getValue()) {
          if (value != null && !value.isBlank()) {
            return value;
          }
        }
      }
    }
    return null;
  }
}
