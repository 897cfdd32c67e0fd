package dev.errorcatalog.runtime;

import java.util.List;
import java.util.Map;

/**
 * The response headers a decode reads, found in one pass over the map as HTTP clients hand it over (names in any
 * case, a list of values per name; the first non-blank value counts).
 *
 * @param retryAfter {@code Retry-After}, or {@code null}
 * @param contentType {@code Content-Type}, or {@code null}
 * @param contentEncoding {@code Content-Encoding}, or {@code null}
 */
record ResponseHeaders(String retryAfter, String contentType, String contentEncoding) {

  static final ResponseHeaders NONE = new ResponseHeaders(null, null, null);

  static ResponseHeaders of(Map<String, List<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return NONE;
    }
    String retryAfter = null;
    String contentType = null;
    String contentEncoding = null;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      String name = e.getKey();
      if (name == null) {
        continue; // HttpURLConnection's status line
      }
      if (retryAfter == null && name.equalsIgnoreCase("Retry-After")) {
        retryAfter = first(e.getValue());
      } else if (contentType == null && name.equalsIgnoreCase("Content-Type")) {
        contentType = first(e.getValue());
      } else if (contentEncoding == null && name.equalsIgnoreCase("Content-Encoding")) {
        contentEncoding = first(e.getValue());
      }
    }
    return retryAfter == null && contentType == null && contentEncoding == null ? NONE
        : new ResponseHeaders(retryAfter, contentType, contentEncoding);
  }

  /**
   * The first non-blank value of the header {@code name} (any case), or {@code null}: for the few headers a catalog
   * names as wait hints, looked up only once a decode has matched an entry that reads them.
   */
  static String find(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        String value = first(e.getValue());
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static String first(List<String> values) {
    if (values != null) {
      for (String value : values) {
        if (value != null && !value.isBlank()) {
          return value;
        }
      }
    }
    return null;
  }
}
