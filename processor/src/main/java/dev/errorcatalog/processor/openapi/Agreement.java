package dev.errorcatalog.processor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Endpoint;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an OpenAPI document and the catalogs say the same about errors ({@code check --openapi}), both ways:
 * each error response of the document needs an entry (EC062), and each entry needs a response of the document
 * (EC063) at an operation the document has (EC064). A response and an entry match by status (an entry with
 * several statuses at any of them; a document's {@code 4XX} at any status of the range, its error {@code default}
 * at any), by operation where the entry lists {@code endpoints:} (an entry without means every operation), and by
 * code or name where the document's response states one ({@code x-errorcatalog-code}, {@code x-errorcatalog-entry}
 * as an export writes them, or {@code x-errorcatalog-name}). An entry without {@code endpoints:} that an
 * errorcatalog export of its catalog holds as a reusable response ({@code components.responses}) counts as
 * documented. Entries that are not errors, or not HTTP responses (status 0), or errors answered with a success
 * status, are not compared: an OpenAPI document has no place for them.
 *
 * <p>Mismatches are warnings, or errors where the build says they fail it; a reference of the document that was
 * not followed is a warning (EC061), as the response is still compared by its status.
 */
public final class Agreement {

  private final OpenApiDocument document;
  private final List<Entry> entries;
  private final boolean mismatchesFail;
  private final List<Diagnostic> found = new ArrayList<>();
  /**
   * Each entry's endpoints as {@code GET /users/{}} (and {@code * /users/{}} where no method is named), read once:
   * a large document has thousands of responses, compared with every entry.
   */
  private final Map<Entry, Set<String>> operationsOf = new IdentityHashMap<>();
  /** The document's operations by {@code GET /users/{}} and by {@code * /users/{}}. */
  private final Map<String, List<OpenApiDocument.Operation>> operations = new LinkedHashMap<>();
  /**
   * The entries the document holds as reusable responses ({@code components.responses}) of an errorcatalog export,
   * as {@code catalog-id ENTRY_NAME}: an export documents an entry without {@code endpoints:} there, at no operation.
   */
  private final Set<String> exported;
  private final Map<Entry, String> catalogOf;
  /**
   * The endpoints without a method an errorcatalog export lists under {@code x-errorcatalog-unplaced} (it names no
   * method the catalog does not), as {@code /path catalog-id ENTRY_NAME}.
   */
  private final Set<String> unplaced;

  private Agreement(OpenApiDocument document, List<CatalogModel> catalogs, boolean mismatchesFail) {
    this.document = document;
    this.entries = catalogs.stream().flatMap(c -> c.entries().stream()).filter(Agreement::compared).toList();
    this.mismatchesFail = mismatchesFail;
    this.exported = exportedEntries(document);
    this.unplaced = unplacedEntries(document);
    this.catalogOf = new IdentityHashMap<>();
    catalogs.forEach(c -> c.entries().forEach(e -> catalogOf.put(e, c.id())));
    for (OpenApiDocument.Operation op : document.operations()) {
      String path = path(op.path());
      operations.computeIfAbsent(op.method() + " " + path, k -> new ArrayList<>()).add(op);
      operations.computeIfAbsent("* " + path, k -> new ArrayList<>()).add(op);
    }
    for (Entry e : entries) {
      Set<String> keys = new HashSet<>();
      e.endpoints().stream().map(Endpoint::parse).flatMap(Optional::stream)
          .forEach(ep -> keys.add(ep.method().orElse("*") + " " + path(ep.path())));
      operationsOf.put(e, keys);
    }
  }

  /**
   * The mismatches of {@code document} and {@code catalogs}, the document's first, in its order, then the
   * catalogs', in theirs.
   *
   * @param mismatchesFail true to report mismatches as errors (they fail the build), false as warnings
   */
  public static List<Diagnostic> compare(OpenApiDocument document, List<CatalogModel> catalogs,
      boolean mismatchesFail) {
    Agreement a = new Agreement(document, catalogs, mismatchesFail);
    a.responses();
    a.entries();
    return List.copyOf(a.found);
  }

  /** An entry an OpenAPI document can have: an error at 400 to 599. */
  private static boolean compared(Entry e) {
    return !e.isSuccess() && e.statuses().stream().allMatch(s -> s >= 400 && s <= 599);
  }

  private void responses() {
    for (OpenApiDocument.Problem p : document.problems()) {
      if (p.reference()) {
        found.add(DiagnosticId.OPENAPI_REFERENCE.warning(p.at(),
            p.where() + ": " + p.text() + "; the response is compared by its status only.",
            "Make the reference local (#/components/...), or end the cycle; the check reads one document and"
                + " fetches nothing."));
      }
    }
    for (OpenApiDocument.Operation op : document.operations()) {
      for (OpenApiDocument.Response r : op.responses()) {
        Optional<String> identity =
            r.extension("code").or(() -> r.extension("entry")).or(() -> r.extension("name"));
        List<Entry> at = entries.stream().filter(e -> answers(e, r) && servesOperation(e, op)).toList();
        List<Entry> same = identity.map(id -> at.stream()
            .filter(e -> e.code().equals(id) || e.constantName().equals(id)).toList()).orElse(at);
        if (!same.isEmpty()) {
          continue;
        }
        List<String> about = new ArrayList<>();
        r.description().map(Agreement::shortText).ifPresent(about::add);
        r.component().map(c -> "#/components/responses/" + c).ifPresent(about::add);
        String what = "a " + r.key() + " response" + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
        String why;
        if (identity.isPresent() && !at.isEmpty()) {
          why = "the document names it " + identity.get() + ", and no entry at that status has that code or name";
        } else {
          List<String> elsewhere = entries.stream().filter(e -> answers(e, r)).map(Entry::constantName).toList();
          why = elsewhere.isEmpty() ? "no entry has " + statusWords(r)
              : "the entries at " + statusWords(r) + " (" + names(elsewhere) + ") list other endpoints";
        }
        found.add(mismatch(DiagnosticId.RESPONSE_NOT_IN_CATALOG, r.at(),
            op.name() + " documents " + what + " that the catalog lacks: " + why + ".",
            "Add an entry for it (status " + (r.status() > 0 ? r.status() : r.key()) + ", endpoints: ["
                + op.name() + "]; import-openapi writes a starter), or add " + op.name()
                + " to the endpoints of the entry that is this response."));
      }
    }
  }

  private void entries() {
    for (Entry e : entries) {
      List<Endpoint> endpoints = e.endpoints().stream().map(Endpoint::parse).flatMap(Optional::stream).toList();
      String label = e.constantName() + " (status " + statusList(e) + ")";
      if (e.endpoints().isEmpty()) {
        if (document.operations().stream().noneMatch(op -> documents(op, e))
            && !exported.contains(catalogOf.get(e) + " " + e.constantName())) {
          found.add(mismatch(DiagnosticId.ENTRY_NOT_IN_OPENAPI, e.position(),
              label + " is answered by no operation of the OpenAPI document " + document.tree().file()
                  + ": none documents a " + statusList(e) + " response.",
              "Document the response in the OpenAPI document, or list under endpoints: the operations that"
                  + " return it."));
        }
        continue;
      }
      for (Endpoint endpoint : endpoints) {
        List<OpenApiDocument.Operation> ops =
            operations.getOrDefault(endpoint.method().orElse("*") + " " + path(endpoint.path()), List.of());
        if (ops.isEmpty() && endpoint.method().isEmpty()
            && unplaced.contains(path(endpoint.path()) + " " + catalogOf.get(e) + " " + e.constantName())) {
          continue; // the catalog's own export, which names no method it was not told
        }
        if (ops.isEmpty()) {
          // Compared without the parameters' names, which are no misspelling: /booking/{id} is near /bookings/{bookingId}.
          Map<String, String> known = new LinkedHashMap<>();
          document.operations().forEach(op -> known.putIfAbsent(op.method() + " " + path(op.path()), op.name()));
          String hint = DidYouMean.closest(endpoint.method().orElse("GET") + " " + path(endpoint.path()),
              known.keySet()).map(k -> " Did you mean '" + known.get(k) + "'?").orElse("");
          found.add(mismatch(DiagnosticId.ENDPOINT_NOT_IN_OPENAPI, e.position(),
              label + " lists the endpoint " + endpoint.operation() + ", which the OpenAPI document does not have.",
              "Correct the endpoint, or add the operation to the document." + hint));
          continue;
        }
        for (OpenApiDocument.Operation op : ops) {
          if (!documents(op, e)) {
            found.add(mismatch(DiagnosticId.ENTRY_NOT_IN_OPENAPI, e.position(),
                label + " lists " + op.name() + ", whose responses in the OpenAPI document have no "
                    + statusList(e) + " (they are " + String.join(", ", op.statuses()) + ").",
                "Document the " + statusList(e) + " response at " + op.name() + ", or remove the endpoint from"
                    + " the entry."));
          }
        }
      }
    }
  }

  /**
   * The entries an errorcatalog export of a catalog ({@code x-errorcatalog-catalog} on the document) holds under
   * {@code components.responses}, each marked with {@code x-errorcatalog-entry}: {@code catalog-id ENTRY_NAME}.
   * Another document's components are not read as documenting an entry: only its operations' responses are.
   */
  private static Set<String> exportedEntries(OpenApiDocument document) {
    JsonNode root = document.tree().root();
    JsonNode catalog = root.path("x-errorcatalog-catalog");
    Set<String> found = new HashSet<>();
    if (!catalog.isTextual()) {
      return found;
    }
    root.path("components").path("responses").forEach(response -> {
      JsonNode entry = response.path("x-errorcatalog-entry");
      if (entry.isTextual()) {
        found.add(catalog.asText() + " " + entry.asText());
      }
    });
    return found;
  }

  /** What an export lists under {@code x-errorcatalog-unplaced}: {@code /path catalog-id ENTRY_NAME}. */
  private static Set<String> unplacedEntries(OpenApiDocument document) {
    JsonNode root = document.tree().root();
    JsonNode catalog = root.path("x-errorcatalog-catalog");
    JsonNode responses = root.path("components").path("responses");
    Set<String> found = new HashSet<>();
    if (!catalog.isTextual()) {
      return found;
    }
    root.path("x-errorcatalog-unplaced").fields().forEachRemaining(path -> path.getValue().forEach(key -> {
      JsonNode entry = responses.path(key.asText()).path("x-errorcatalog-entry");
      if (entry.isTextual()) {
        found.add(path(path.getKey()) + " " + catalog.asText() + " " + entry.asText());
      }
    }));
    return found;
  }

  /** A mismatch: an error where the build says mismatches fail it, else a warning. */
  private Diagnostic mismatch(DiagnosticId id, SourcePosition at, String problem, String fix) {
    return mismatchesFail ? id.error(at, problem, fix) : id.warning(at, problem, fix);
  }

  /** Whether the document's response {@code r} is at a status of entry {@code e}. */
  private static boolean answers(Entry e, OpenApiDocument.Response r) {
    if (r.status() > 0) {
      return e.statuses().contains(r.status());
    }
    if (r.range() > 0) {
      return e.statuses().stream().anyMatch(s -> s / 100 == r.range());
    }
    return true; // an error default: any error status
  }

  /** Whether {@code op} documents a response entry {@code e} can be. */
  private static boolean documents(OpenApiDocument.Operation op, Entry e) {
    return op.responses().stream().anyMatch(r -> answers(e, r));
  }

  /** Whether entry {@code e} is returned by {@code op}: it lists no endpoints (all), or one that is {@code op}. */
  private boolean servesOperation(Entry e, OpenApiDocument.Operation op) {
    Set<String> keys = operationsOf.get(e);
    String path = path(op.path());
    return e.endpoints().isEmpty() || keys.contains(op.method() + " " + path) || keys.contains("* " + path);
  }

  /** {@code /users/{id}/?x=1} as {@code /users/{}}: parameters' names, a query and a final slash do not count. */
  static String path(String path) {
    int query = path.indexOf('?');
    String p = (query < 0 ? path : path.substring(0, query)).replaceAll("\\{[^}/]*}", "{}");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static String statusWords(OpenApiDocument.Response r) {
    return r.status() > 0 ? "status " + r.status() : r.range() > 0 ? "a status " + r.key() : "any error status";
  }

  private static String statusList(Entry e) {
    return e.statuses().stream().map(String::valueOf).collect(Collectors.joining(" or "));
  }

  private static String names(List<String> names) {
    return names.size() <= 3 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }

  private static String shortText(String text) {
    String line = text.lines().findFirst().orElse("").strip();
    return line.length() <= 60 ? line : line.substring(0, 59) + "…";
  }
}
