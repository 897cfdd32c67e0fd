package dev.errorcatalog.spring.openapi;

import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entry's response in a catalog's exported document ({@code components.responses.<catalog>.<anchor>}), with
 * where it goes: at which statuses, on which operations.
 *
 * @param key its key in {@code components.responses}
 * @param response the response as exported
 * @param title the entry's title, for a response that merges several
 * @param statuses the HTTP statuses it is answered with
 * @param everyOperation a catalog-wide entry ({@code x-errorcatalog-operations: all}): every operation can answer it
 * @param endpoints the operations it names, otherwise
 */
public record ErrorResponse(String key, ApiResponse response, String title, Set<Integer> statuses,
    boolean everyOperation, Set<Endpoint> endpoints) {

  static final String STATUS = "x-errorcatalog-status";
  static final String STATUSES = "x-errorcatalog-statuses";
  static final String OPERATIONS = "x-errorcatalog-operations";
  static final String ENTRY = "x-errorcatalog-entry";

  /** The {@code $ref} an operation's response names it by. */
  public String ref() {
    return "#/components/responses/" + key;
  }

  /** Whether the operation {@code endpoint} can answer it. */
  public boolean answers(Endpoint endpoint) {
    return everyOperation || endpoints.contains(endpoint);
  }

  /**
   * The response {@code key} of a catalog's document; empty for one that no operation answers (no status, or
   * neither endpoints nor catalog-wide: it stays in the components only).
   *
   * @param titles the entry's title by its constant name ({@code x-errorcatalog-entry}), from the generated catalog
   */
  static Optional<ErrorResponse> of(String key, ApiResponse response, Map<String, String> titles) {
    Map<String, Object> x = response.getExtensions() == null ? Map.of() : response.getExtensions();
    Set<Integer> statuses = new TreeSet<>();
    if (x.get(STATUSES) instanceof Collection<?> several) {
      several.forEach(s -> status(s).ifPresent(statuses::add));
    }
    if (statuses.isEmpty()) {
      status(x.get(STATUS)).ifPresent(statuses::add);
    }
    Object operations = x.get(OPERATIONS);
    boolean all = "all".equals(operations);
    Set<Endpoint> endpoints = new java.util.LinkedHashSet<>();
    if (operations instanceof Collection<?> named) {
      for (Object endpoint : named) {
        Endpoint.parse(String.valueOf(endpoint)).ifPresent(endpoints::add);
      }
    }
    if (statuses.isEmpty() || (!all && endpoints.isEmpty())) {
      return Optional.empty();
    }
    String title = titles.get(String.valueOf(x.get(ENTRY)));
    if (title == null) {
      title = firstLine(response.getDescription(), key);
    }
    return Optional.of(new ErrorResponse(key, response, title, statuses, all, endpoints));
  }

  private static Optional<Integer> status(Object value) {
    if (value instanceof Number n) {
      return Optional.of(n.intValue());
    }
    if (value instanceof String s && s.matches("[1-5][0-9][0-9]")) {
      return Optional.of(Integer.parseInt(s));
    }
    return Optional.empty();
  }

  private static String firstLine(String description, String otherwise) {
    if (description == null || description.isBlank()) {
      return otherwise;
    }
    return description.strip().lines().findFirst().orElse(otherwise);
  }
}
