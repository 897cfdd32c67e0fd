package dev.errorcatalog.runtime;

import dev.errorcatalog.CatalogError;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the entry an RFC 9457 problem details body names, the way errorcatalog's own servers write them: by its
 * {@code code} member (a documented code), else by its {@code type}: a URI whose fragment is the entry's docs
 * anchor ({@code https://docs.example.com/errors/insider-one/#users-not-defined}), or the URN
 * {@code urn:errorcatalog:<catalog>:<anchor>}. A {@code type} counts only at the entry's own status (the URI's
 * other parts follow a site's own pattern, so the anchor alone could name another catalog's entry); a URN of
 * another catalog never counts.
 *
 * <p>The message is {@code detail}; the arguments are the {@code args} member's, completed by the placeholders
 * the detail captures from the entry's templates.
 *
 * @param <E> the catalog's entry type
 */
final class ProblemMatcher<E> {

  /** What a problem body decoded to. */
  record Match<E>(CodecEntry<E> entry, String message, Map<String, String> args) {}

  private final Map<String, CodecEntry<E>> byCode;
  private final Map<String, CodecEntry<E>> byAnchor = new HashMap<>();
  /** Entries the API sends no code for, by name: a problem names them by their name in {@code code}. */
  private final Map<String, CodecEntry<E>> byName = new HashMap<>();
  private final String catalogId;

  ProblemMatcher(List<CodecEntry<E>> entries, Map<String, CodecEntry<E>> byCode) {
    this.byCode = byCode;
    String id = null;
    for (CodecEntry<E> e : entries) {
      CatalogError error = (CatalogError) e.entry;
      byAnchor.putIfAbsent(error.anchor(), e);
      if (e.code.isEmpty()) {
        byName.putIfAbsent(error.name(), e);
      }
      id = id != null ? id : error.catalogId();
    }
    this.catalogId = id;
  }

  /** The entry the body names, or {@code null} (then the body is decoded as any other). */
  Match<E> match(int status, byte[] body) {
    ProblemJson problem = ProblemJson.read(body);
    if (problem == null) {
      return null;
    }
    CodecEntry<E> entry = problem.code() == null ? null
        : byCode.getOrDefault(problem.code(), byName.get(problem.code()));
    if (entry == null && problem.type() != null) {
      CodecEntry<E> named = byAnchor.get(anchor(problem.type()));
      entry = named != null && named.answeredWith(status) ? named : null;
    }
    if (entry == null) {
      return null;
    }
    return new Match<>(entry, problem.detail(), args(entry, problem));
  }

  /** The anchor a problem type names, or {@code null}. */
  private String anchor(String type) {
    String prefix = ProblemDetails.URN_PREFIX;
    if (type.regionMatches(true, 0, prefix, 0, prefix.length())) {
      int colon = type.lastIndexOf(':');
      String catalog = type.substring(prefix.length(), Math.max(prefix.length(), colon));
      return catalog.equals(catalogId) ? type.substring(colon + 1) : null;
    }
    int hash = type.lastIndexOf('#');
    return hash < 0 ? null : type.substring(hash + 1);
  }

  private static <E> Map<String, String> args(CodecEntry<E> entry, ProblemJson problem) {
    Map<String, String> args = new LinkedHashMap<>(problem.args());
    if (problem.detail() != null) {
      for (TemplateMatcher m : entry.templates()) {
        String[] captured = m.match(problem.detail());
        if (captured != null) {
          String[] names = m.names();
          for (int i = 0; i < captured.length; i++) {
            args.putIfAbsent(names[i], captured[i]);
          }
          break;
        }
      }
    }
    return args;
  }
}
