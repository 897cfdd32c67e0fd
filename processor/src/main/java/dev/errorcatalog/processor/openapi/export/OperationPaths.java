package dev.errorcatalog.processor.openapi.export;

import dev.errorcatalog.processor.docs.ApiWording;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Endpoint;
import dev.errorcatalog.processor.model.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code paths}: the responses of the entries that name their endpoints ({@code endpoints: [POST /orders]}), under
 * each operation and status: a {@code $ref} to the entry's response where one entry is returned there; where
 * several are, one response listing their titles, with their examples merged and the schema one of their shapes'.
 * Paths are sorted, the query of an endpoint left out ({@code /messages?phone=} is {@code /messages}); a path's
 * {@code {parameters}} are declared on the path, as OpenAPI requires. An endpoint without a method (the API's docs
 * name none) is not guessed into an operation: it is listed under {@code x-errorcatalog-unplaced} with its
 * responses, as is one written outside the endpoint syntax (EC052) or with a method OpenAPI has no operation for.
 */
final class OperationPaths {

  /** An operation: the method in upper case and the path without its query. */
  record Operation(String method, String path) {
    String name() {
      return method + " " + path;
    }
  }

  /** OpenAPI's operations, in the order a path item lists them. */
  private static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH",
      "TRACE");

  private static final Pattern PARAMETER = Pattern.compile("\\{([^{}/]+)}");

  private final CatalogModel catalog;
  private final ComponentKeys keys;
  private final EntryResponses responses;

  OperationPaths(CatalogModel catalog, ComponentKeys keys, EntryResponses responses) {
    this.catalog = catalog;
    this.keys = keys;
    this.responses = responses;
  }

  /** The entry's endpoints that are operations, in the order written. */
  static List<Operation> operations(Entry entry) {
    List<Operation> out = new ArrayList<>();
    for (String text : entry.endpoints()) {
      place(text).ifPresent(out::add);
    }
    return out;
  }

  /** The operation an endpoint names, if it names one OpenAPI has. */
  private static Optional<Operation> place(String text) {
    return Endpoint.parse(text)
        .filter(e -> e.method().isPresent() && METHODS.contains(e.method().get()))
        .map(e -> new Operation(e.method().get(), withoutQuery(e.path())));
  }

  private static String withoutQuery(String path) {
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /** The paths object, sorted by path. */
  Map<String, Object> paths() {
    // path -> method -> status -> entries, in catalog order
    Map<String, Map<String, Map<Integer, List<Entry>>>> placed = new TreeMap<>();
    for (Entry entry : catalog.entries()) {
      for (Operation operation : new LinkedHashSet<>(operations(entry))) {
        Map<Integer, List<Entry>> byStatus = placed.computeIfAbsent(operation.path(), p -> new TreeMap<>(
            (a, b) -> Integer.compare(METHODS.indexOf(a), METHODS.indexOf(b))))
            .computeIfAbsent(operation.method(), m -> new TreeMap<>());
        for (int status : entry.statuses()) {
          if (status != 0) {
            byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(entry);
          }
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    placed.forEach((path, methods) -> {
      Map<String, Object> item = new LinkedHashMap<>();
      List<Object> parameters = parameters(path);
      if (!parameters.isEmpty()) {
        item.put("parameters", parameters);
      }
      methods.forEach((method, byStatus) -> {
        Map<String, Object> statuses = new LinkedHashMap<>();
        byStatus.forEach((status, entries) -> statuses.put(Integer.toString(status), response(entries)));
        if (statuses.isEmpty()) {
          return;
        }
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("summary", "Errors of " + method + " " + path);
        operation.put("responses", statuses);
        item.put(method.toLowerCase(Locale.ROOT), operation);
      });
      out.put(path, item);
    });
    return out;
  }

  /**
   * The endpoints no operation stands for, as written (without a note), each with the keys of the responses
   * naming it; sorted.
   */
  Map<String, Object> unplaced() {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Entry entry : catalog.entries()) {
      for (String text : entry.endpoints()) {
        if (place(text).isEmpty()) {
          String shown = Endpoint.parse(text).map(Endpoint::operation).orElse(text.strip());
          out.computeIfAbsent(shown, t -> new TreeSet<>()).add(keys.response(entry));
        }
      }
    }
    Map<String, Object> lists = new LinkedHashMap<>();
    out.forEach((endpoint, keys) -> lists.put(endpoint, List.copyOf(keys)));
    return lists;
  }

  /** The path's parameters ({@code {id}}), each a required string, as OpenAPI requires them declared. */
  private static List<Object> parameters(String path) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PARAMETER.matcher(path);
    while (m.find()) {
      names.add(m.group(1));
    }
    List<Object> out = new ArrayList<>();
    for (String name : names) {
      Map<String, Object> parameter = new LinkedHashMap<>();
      parameter.put("name", name);
      parameter.put("in", "path");
      parameter.put("required", true);
      parameter.put("schema", Map.of("type", "string"));
      out.add(parameter);
    }
    return out;
  }

  /** What tells an entry apart in a list of titles: " (`CODE`)", else " (`message`)", else nothing. */
  private static String identity(Entry entry) {
    if (entry.hasCode()) {
      return " (" + ApiWording.code(entry.codeKey()) + ")";
    }
    return ApiWording.message(entry).map(message -> " (" + message + ")").orElse("");
  }

  /** One entry's response by reference; several entries' as one response naming them all. */
  private Object response(List<Entry> entries) {
    if (entries.size() == 1) {
      return Map.of("$ref", ComponentKeys.responseRef(keys.response(entries.get(0))));
    }
    Map<String, Object> response = new LinkedHashMap<>();
    StringBuilder description = new StringBuilder("One of these responses:\n");
    entries.forEach(e -> description.append("\n- ").append(ApiWording.inline(e.title())).append(identity(e)));
    response.put("description", description.toString());
    Map<String, Object> headers = new LinkedHashMap<>();
    entries.forEach(e -> EntryResponses.headers(e).forEach(headers::putIfAbsent));
    if (!headers.isEmpty()) {
      response.put("headers", new TreeMap<>(headers));
    }
    Map<String, Map<String, Object>> content = new LinkedHashMap<>();
    Map<String, Set<String>> schemas = new LinkedHashMap<>();
    for (Entry entry : entries) {
      responses.content(entry).ifPresent(own -> own.forEach((mediaType, media) -> {
        schemas.computeIfAbsent(mediaType, t -> new LinkedHashSet<>())
            .add(ComponentKeys.schemaRef(keys.schema(entry.shape())));
        Map<String, Object> merged = content.computeIfAbsent(mediaType, t -> new LinkedHashMap<>());
        @SuppressWarnings("unchecked")
        Map<String, Object> examples = (Map<String, Object>) ((Map<String, Object>) media).get("examples");
        if (examples != null) {
          @SuppressWarnings("unchecked")
          Map<String, Object> all = (Map<String, Object>) merged.computeIfAbsent("examples",
              k -> new LinkedHashMap<String, Object>());
          all.putAll(examples);
        }
      }));
    }
    if (!content.isEmpty()) {
      Map<String, Object> out = new LinkedHashMap<>();
      content.forEach((mediaType, merged) -> {
        Map<String, Object> media = new LinkedHashMap<>();
        List<Object> refs = schemas.get(mediaType).stream().map(ref -> (Object) Map.of("$ref", ref)).toList();
        media.put("schema", refs.size() == 1 ? refs.get(0) : Map.of("oneOf", refs));
        if (merged.containsKey("examples")) {
          media.put("examples", merged.get("examples"));
        }
        out.put(mediaType, media);
      });
      response.put("content", out);
    }
    response.put("x-errorcatalog-entries", entries.stream().map(Entry::constantName).toList());
    return response;
  }
}
