package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.BodyKind;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.WaitHint;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Binds {@code wait:} of a shape or an entry: the places a response says how long to wait besides
 * {@code Retry-After}, each {@code {header: x-ratelimit-reset, unit: epoch-seconds}} or
 * {@code {field: /error/retry_after, unit: seconds}}, read in the order listed.
 */
final class WaitBinder {

  /** At most this many sources: a response names its wait in one or two places. */
  static final int MAX_SOURCES = 8;

  private WaitBinder() {}

  /** True for an HTTP header name (an RFC 9110 token). */
  static boolean isHeaderName(String name) {
    return name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  }

  /**
   * The sources listed under {@code wait:} of {@code map}; empty when absent, and without the sources that were
   * reported. {@code body} is the kind of the bodies the sources are read from: a field needs a JSON body.
   */
  static List<WaitHint> bind(YamlMap map, String where, BodyKind body, NodeReader reader) {
    List<WaitHint> out = new ArrayList<>();
    Optional<YamlNode> node = map.get("wait");
    if (node.isEmpty()) {
      return out;
    }
    String what = "'wait' of " + where;
    Optional<YamlList> list = reader.list(node.get(), what);
    if (list.isEmpty()) {
      return out;
    }
    if (list.get().items().isEmpty()) {
      reader.add(DiagnosticId.BAD_VALUE.error(list.get().position(), what + " lists no source.",
          "List where the API says how long to wait, e.g. - {header: x-ratelimit-reset, unit: epoch-seconds},"
              + " or remove 'wait'."));
      return out;
    }
    if (list.get().items().size() > MAX_SOURCES) {
      reader.add(DiagnosticId.BAD_VALUE.error(list.get().position(), what + " lists " + list.get().items().size()
          + " sources; at most " + MAX_SOURCES + " are read.", "List the places the API documents, in order."));
      return out;
    }
    Set<String> seen = new HashSet<>();
    int i = 1;
    for (YamlNode item : list.get().items()) {
      String itemWhere = "item " + i++ + " of " + what;
      Optional<YamlMap> source = reader.map(item, itemWhere);
      if (source.isEmpty()) {
        continue;
      }
      source(source.get(), itemWhere, body, reader).ifPresent(hint -> {
        String key = hint.header() ? "header " + hint.name().toLowerCase(Locale.ROOT) : "field " + hint.name();
        if (!seen.add(key)) {
          reader.add(DiagnosticId.BAD_VALUE.error(hint.position(), "the " + hint.kind() + " "
              + Shown.quoted(hint.name()) + " is listed twice in " + what + ".",
              "List each place once: the first readable one wins."));
        } else {
          out.add(hint);
        }
      });
    }
    return out;
  }

  private static Optional<WaitHint> source(YamlMap map, String where, BodyKind body, NodeReader reader) {
    reader.checkKeys(map, CatalogKeys.WAIT, where);
    Optional<YamlScalar> header = reader.optionalString(map, "header", where);
    Optional<YamlScalar> field = reader.optionalString(map, "field", where);
    Optional<YamlScalar> unitNode = reader.optionalString(map, "unit", where);
    boolean ok = true;
    if (header.isPresent() == field.isPresent()) {
      boolean bothAbsent = map.get("header").isEmpty() && map.get("field").isEmpty();
      if (bothAbsent || (header.isPresent() && field.isPresent())) {
        reader.add(DiagnosticId.BAD_VALUE.error(map.position(), where + (bothAbsent ? " names no place"
            : " names both a header and a field") + ".",
            "Write one of header: <name> (a response header) or field: <JSON Pointer> (a body field)."));
      }
      ok = false;
    }
    if (map.get("unit").isEmpty()) {
      reader.add(DiagnosticId.MISSING_KEY.error(map.position(), where + " has no 'unit'.",
          "Add it, e.g. unit: epoch-seconds; the units are " + String.join(", ", WaitHint.Unit.yamlNames()) + "."));
      ok = false;
    }
    WaitHint.Unit unit = null;
    if (unitNode.isPresent()) {
      String text = unitNode.get().text();
      for (WaitHint.Unit u : WaitHint.Unit.values()) {
        if (u.yamlName().equals(text)) {
          unit = u;
        }
      }
      if (unit == null) {
        reader.add(DiagnosticId.BAD_VALUE.error(unitNode.get().position(), "the unit of " + where + " is "
            + Shown.quoted(text) + ", which is not a unit of wait hints."
            + DidYouMean.hint(text, WaitHint.Unit.yamlNames()),
            "Write one of " + String.join(", ", WaitHint.Unit.yamlNames()) + "."));
        ok = false;
      }
    }
    if (header.isPresent() && !isHeaderName(header.get().text())) {
      reader.add(DiagnosticId.BAD_VALUE.error(header.get().position(), Shown.quoted(header.get().text())
          + " in " + where + " is not an HTTP header name.", "Write the header's name only, e.g. x-ratelimit-reset."));
      ok = false;
    }
    if (field.isPresent()) {
      if (!Pointers.check(field.get().text(), field.get().position(), "the field of " + where,
          reader.diagnostics())) {
        ok = false;
      } else if (body != BodyKind.JSON) {
        reader.add(DiagnosticId.BAD_VALUE.error(field.get().position(), "the field of " + where
            + " points into a JSON body, but the body is " + CatalogKeys.yamlName(body) + ".",
            "Read the hint from a header, or make the body json."));
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    YamlScalar place = header.orElseGet(field::get);
    return Optional.of(new WaitHint(header.isPresent(), place.text(), unit, place.position()));
  }
}
