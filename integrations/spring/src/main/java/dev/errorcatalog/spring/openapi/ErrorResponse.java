package dev.errorcatalog.spring.openapi;

import dev.errorcatalog.CatalogError;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collection;
import java.util.LinkedHashSet;
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
record ErrorResponse(String key, ApiResponse response, String title, Set<Integer> statuses,
    boolean everyOperation, Set<Endpoint> endpoints) {

  static final String STATUS = "x-errorcatalog-status";
  static final String STATUSES = "x-errorcatalog-statuses";
  static final String OPERATIONS = "x-errorcatalog-operations";
  static final String ENTRY = "x-errorcatalog-entry";
  static final String ENTRIES = "x-errorcatalog-entries";

  /** The entry's constant name, as the export gives it; its key where it gives none. */
  public String entry() {
    Object entry = response.getExtensions() == null ? null : response.getExtensions().get(ENTRY);
    return entry == null ? key : entry.toString();
  }

  /** The {@code $ref} an operation's response names it by. */
  public String ref() {
    return "#/components/responses/" + key;
  }

  /** Whether the operation {@code endpoint} can answer it. */
  public boolean answers(Endpoint endpoint) {
    return everyOperation || endpoints.contains(endpoint);
  }

  /**
   * The response {@code key} of a catalog's document; empty for one that no operation answers: no HTTP status, a
   * documented success, or neither endpoints nor catalog-wide (it stays in the components only).
   *
   * @param entries the generated catalog's entries by constant name ({@code x-errorcatalog-entry})
   */
  static Optional<ErrorResponse> of(String key, ApiResponse response, Map<String, CatalogError> entries) {
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
    Set<Endpoint> endpoints = new LinkedHashSet<>();
    if (operations instanceof Collection<?> named) {
      for (Object endpoint : named) {
        Endpoint.parse(String.valueOf(endpoint)).ifPresent(endpoints::add);
      }
    }
    CatalogError entry = entries.get(String.valueOf(x.get(ENTRY)));
    if (statuses.isEmpty() || (!all && endpoints.isEmpty()) || (entry != null && entry.isSuccess())) {
      return Optional.empty();
    }
    return Optional.of(new ErrorResponse(key, response, title(response, entry, key), statuses, all, endpoints));
  }

  /** An HTTP status: a delivery code's 0 is none. */
  private static Optional<Integer> status(Object value) {
    Integer status = value instanceof Number n ? Integer.valueOf(n.intValue())
        : value instanceof String s && s.matches("[0-9]{3}") ? Integer.valueOf(s) : null;
    return status != null && status >= 100 && status <= 599 ? Optional.of(status) : Optional.empty();
  }

  /** The description's first paragraph, which the export makes the entry's title as the docs show it. */
  private static String title(ApiResponse response, CatalogError entry, String key) {
    String description = response.getDescription();
    if (description != null && !description.isBlank()) {
      return description.strip().split("\\n\\s*\\n", 2)[0].strip();
    }
    return entry != null ? entry.title() : key;
  }
}
