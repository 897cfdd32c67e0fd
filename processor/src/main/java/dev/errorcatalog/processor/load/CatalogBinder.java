package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.Endpoint;
import dev.errorcatalog.processor.model.ResourceStates;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Decision;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.FormatLimits;
import dev.errorcatalog.processor.model.History;
import dev.errorcatalog.processor.model.RetryPolicy;
import dev.errorcatalog.processor.model.Shape;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.CatalogValidator;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Binds the YAML tree of a catalog to the model, entry by entry, reporting every mistake (a broken entry
 * does not stop the others from being checked). Codes are checked for uniqueness here, over every entry
 * with a code; the other cross-entry rules run on the valid entries (see CatalogLoader).
 */
final class CatalogBinder {

  /** Catalog ids; the JSON Schema uses the same pattern. */
  static final Pattern CATALOG_ID = Pattern.compile("[a-z][a-z0-9-]*");

  private final String file;
  private final NodeReader reader;

  CatalogBinder(String file, NodeReader reader) {
    this.file = file;
    this.reader = reader;
  }

  /**
   * What binding found.
   *
   * @param catalog the bound catalog (possibly with fewer entries than written, when some are broken), or empty
   *     when the catalog itself is unusable
   * @param checkable the catalog with every entry that bound well enough to be checked across entries and on its
   *     examples (its mistakes are in keys that do not decide how bodies decode), under the file's own id when
   *     its id is broken; empty when not even the entries could be read
   */
  record Bound(Optional<CatalogModel> catalog, Optional<CatalogModel> checkable) {
    static final Bound NONE = new Bound(Optional.empty(), Optional.empty());
  }

  /** The bound catalog; the mistakes are in the reader's diagnostics. */
  Bound bind(YamlNode root) {
    if (root instanceof YamlScalar s && s.kind() == ScalarKind.NULL) {
      reader.add(DiagnosticId.EMPTY_CATALOG.error(root.position(), "the catalog file is empty.",
          "Write at least 'catalog:', 'title:' and 'entries:' with one entry (see FORMAT.md)."));
      return Bound.NONE;
    }
    Optional<YamlMap> found = reader.map(root, "A catalog");
    if (found.isEmpty()) {
      return Bound.NONE;
    }
    YamlMap map = found.get();
    reader.checkKeys(map, CatalogKeys.TOP_LEVEL, "a catalog");
    if (map.get("catalog").isEmpty()) {
      String own = ownId();
      reader.add(DiagnosticId.MISSING_KEY.error(map.position(), "The catalog has no 'catalog' (its id).",
          "Add it as the first line: catalog: " + own + " (the file's own name; the id is what @ErrorCatalog(\""
              + own + "\") asks for)."));
    }
    reader.requireKeys(map, "The catalog", "", "title", "entries");
    map.get("format").ifPresent(this::format);
    Optional<YamlScalar> idNode = reader.optionalString(map, "catalog", "the catalog");
    Optional<String> id = idNode.flatMap(this::catalogId);
    Optional<String> title = reader.optionalString(map, "title", "the catalog").map(YamlScalar::text);
    Optional<String> docs = reader.optionalString(map, "docs", "the catalog").map(YamlScalar::text);
    Optional<String> description = reader.optionalString(map, "description", "the catalog").map(YamlScalar::text);

    ShapeTable shapes = new ShapeTable(file);
    map.get("shapes").flatMap(n -> reader.map(n, "'shapes' of the catalog")).ifPresent(m -> {
      for (YamlMap.Field declaration : m.fields()) {
        Optional<Shape> shape = ShapeBinder.bind(declaration, reader);
        if (shape.isPresent() && shapes.readsArraysOneWay(shape.get(), reader)) {
          shapes.declare(shape.get());
        } else {
          shapes.declareBroken(declaration.key());
          // A name with a stray character (EC046) is broken under the name the entries use as well.
          shapes.declareBroken(StrayCharacters.clean(declaration.key()));
        }
      }
    });
    EntryBinder.Defaults defaults = defaults(map, shapes);

    List<Entry> entries = new ArrayList<>();
    List<Entry> checkable = new ArrayList<>();
    HistoryBinder history = new HistoryBinder(map, reader);
    Optional<YamlNode> entriesNode = map.get("entries");
    if (entriesNode.isPresent()) {
      YamlNode node = entriesNode.get();
      if (node instanceof YamlScalar s && s.kind() == ScalarKind.NULL
          || node instanceof YamlList l && l.items().isEmpty()) {
        reader.add(DiagnosticId.EMPTY_CATALOG.error(node.position(), "the catalog has no entries.",
            "Document at least one response under 'entries:' (- code: ..., status: ..., title: ...)."));
      } else {
        reader.list(node, "'entries' of the catalog").ifPresent(list -> {
          EntryBinder binder = new EntryBinder(reader, shapes, defaults);
          List<CatalogValidator.CodeAt> codes = new ArrayList<>();
          int index = 1;
          for (YamlNode item : list.items()) {
            binder.bind(item, index++, codes)
                .filter(bound -> !history.entry((YamlMap) item, bound.entry()))
                .ifPresent(bound -> {
                  checkable.add(bound.entry());
                  if (bound.valid()) {
                    entries.add(bound.entry());
                  }
                });
          }
          CatalogValidator.uniqueCodes(codes, reader.diagnostics());
        });
      }
    }
    History versions = history.history(map, entries);
    SourcePosition idAt = idNode.map(YamlScalar::position).orElse(map.position());
    Optional<CatalogModel> forChecks = Optional.of(new CatalogModel(id.orElse(ownId()), title.orElse(""), docs,
        description, shapes.modelShapes(), List.copyOf(checkable), file, idAt, History.NONE));
    if (id.isEmpty() || title.isEmpty()) {
      return new Bound(Optional.empty(), forChecks);
    }
    List<ResourceStates> states = map.get("states").map(this::states).orElse(List.of());
    return new Bound(Optional.of(new CatalogModel(id.get(), title.get(), docs, description, shapes.modelShapes(),
        List.copyOf(entries), file, idAt, versions, states)), forChecks);
  }

  /**
   * {@code states:}, the states the API reports for its resources: each item {@code of} (what has them),
   * {@code endpoint} (where they are reported, in the endpoint syntax, EC052 otherwise) and {@code values}, a list
   * of {@code {state, meaning}}.
   */
  private List<ResourceStates> states(YamlNode node) {
    List<ResourceStates> out = new ArrayList<>();
    int i = 1;
    for (YamlNode item : reader.list(node, "'states' of the catalog").map(YamlList::items).orElse(List.of())) {
      String what = "item " + i++ + " of 'states'";
      Optional<YamlMap> group = reader.map(item, what);
      if (group.isEmpty()) {
        continue;
      }
      reader.checkKeys(group.get(), CatalogKeys.STATES, what);
      reader.requireKeys(group.get(), capitalizedFirst(what), "message (what has the states)", "of");
      reader.requireKeys(group.get(), capitalizedFirst(what), "followed by a list of '- {state: ..., meaning: ...}'",
          "values");
      Optional<String> of = reader.optionalString(group.get(), "of", what).map(YamlScalar::text);
      Optional<YamlScalar> endpoint = reader.optionalString(group.get(), "endpoint", what);
      endpoint.filter(e -> Endpoint.parse(e.text()).isEmpty()).ifPresent(e -> reader.diagnostics().add(
          DiagnosticId.ENDPOINT_SYNTAX.warning(
              e.position(), Shown.quoted(e.text()) + " in 'endpoint' of " + what + " is not an endpoint: a path"
                  + " starts with /, after an HTTP method or alone.",
              "Write METHOD /path, e.g. GET /api/v1/messages, or the path alone.")));
      List<ResourceStates.State> values = new ArrayList<>();
      int j = 1;
      for (YamlNode v : group.get().get("values").flatMap(n -> reader.list(n, "'values' of " + what))
          .map(YamlList::items).orElse(List.of())) {
        String where = "item " + j++ + " of 'values' of " + what;
        Optional<YamlMap> one = reader.map(v, where);
        if (one.isEmpty()) {
          continue;
        }
        reader.checkKeys(one.get(), CatalogKeys.STATE, where);
        reader.requireKeys(one.get(), capitalizedFirst(where), "Pending (as the API sends it)", "state");
        reader.requireKeys(one.get(), capitalizedFirst(where), "Still in queue", "meaning");
        Optional<String> state = reader.optionalString(one.get(), "state", where).map(YamlScalar::text);
        Optional<String> meaning = reader.optionalString(one.get(), "meaning", where).map(YamlScalar::text);
        if (state.isPresent() && meaning.isPresent()) {
          values.add(new ResourceStates.State(state.get(), meaning.get()));
        }
      }
      if (of.isPresent() && !values.isEmpty()) {
        out.add(new ResourceStates(of.get(), endpoint.map(YamlScalar::text), values));
      }
    }
    return out;
  }

  private static String capitalizedFirst(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private void format(YamlNode node) {
    Optional<Integer> version = reader.integer(node, "'format' of the catalog");
    if (version.isPresent() && version.get() != CatalogKeys.FORMAT_VERSION) {
      reader.add(DiagnosticId.BAD_VALUE.error(node.position(),
          "'format' is " + version.get() + ", but this processor reads format " + CatalogKeys.FORMAT_VERSION + ".",
          "Write format: 1 (or remove the key), or upgrade errorcatalog."));
    }
  }

  private Optional<String> catalogId(YamlScalar id) {
    if (CATALOG_ID.matcher(id.text()).matches() && !reader.tooLong(id, "the catalog id")) {
      return Optional.of(id.text());
    }
    if (CATALOG_ID.matcher(id.text()).matches()) {
      return Optional.empty();
    }
    String guess = id.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
    reader.add(DiagnosticId.BAD_CATALOG_ID.error(id.position(),
        "the catalog id " + Shown.quoted(id.text()) + " is not lower case letters, digits and dashes starting with a letter.",
        (guess.isEmpty() ? "Write e.g. my-api." : "Write e.g. " + guess + ".")
            + " The id names the generated types and the docs page."));
    return Optional.empty();
  }

  private EntryBinder.Defaults defaults(YamlMap map, ShapeTable shapes) {
    Optional<YamlMap> defaults = map.get("defaults").flatMap(n -> reader.map(n, "'defaults' of the catalog"));
    if (defaults.isEmpty()) {
      return new EntryBinder.Defaults(Optional.empty(), Optional.empty(), map.get("defaults").isPresent(), List.of());
    }
    reader.checkKeys(defaults.get(), CatalogKeys.DEFAULTS, "'defaults'");
    Optional<RetryPolicy> retry = defaults.get().get("retry").flatMap(n -> RetryBinder.bind(n, "'defaults'", reader));
    Optional<YamlNode> shapeNode = defaults.get().get("shape");
    Optional<Shape> shape = shapeNode
        .flatMap(n -> reader.string(n, "'shape' of 'defaults'"))
        .flatMap(s -> shapes.resolve(s, "'shape' of 'defaults'", reader));
    List<Decision> decided = defaults.get().get("decided")
        .map(n -> DecisionsBinder.bind(n, "'defaults'", CatalogKeys.DEFAULTS_DECIDED,
            defaults.get().field("decided").get().keyPosition().column(), reader)).orElse(List.of());
    return new EntryBinder.Defaults(retry, shape, shapeNode.isPresent() && shape.isEmpty(), decided);
  }

  /** The id the file's name suggests: {@code orders-api} for {@code .../orders-api.yaml}. */
  private String ownId() {
    String name = file.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceFirst("\\.ya?ml$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return name.isEmpty() ? "my-api" : name;
  }
}
