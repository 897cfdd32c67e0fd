package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.ChangeKind;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.History;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.model.Version;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.DidYouMean;
import dev.errorcatalog.processor.yaml.ScalarKind;
import dev.errorcatalog.processor.yaml.YamlList;
import dev.errorcatalog.processor.yaml.YamlMap;
import dev.errorcatalog.processor.yaml.YamlNode;
import dev.errorcatalog.processor.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds what a catalog says of its releases: the top-level {@code version:} and {@code changes:}, and each
 * entry's {@code since:}, {@code removed:} and {@code replaced-by:}. Versions are checked against the
 * catalog's own: nothing can happen in a version after it.
 */
final class HistoryBinder {

  private final NodeReader reader;
  private final Optional<Version> version;
  private final SourcePosition versionAt;
  private final Map<String, Version> since = new LinkedHashMap<>();
  private final List<PendingRemoval> removed = new ArrayList<>();

  /** A removed entry whose {@code replaced-by:} is checked once every entry is known. */
  private record PendingRemoval(Entry entry, Version in, Optional<YamlScalar> replacedBy, SourcePosition at) {}

  HistoryBinder(YamlMap catalog, NodeReader reader) {
    this.reader = reader;
    Optional<YamlNode> node = catalog.get("version");
    this.versionAt = node.map(YamlNode::position).orElse(catalog.position());
    this.version = node.flatMap(n -> version(n, "'version' of the catalog"));
  }

  /** The entry's {@code since:} and {@code removed:}; true when the entry is removed (not generated). */
  boolean entry(YamlMap map, Entry entry) {
    String where = entry.label();
    map.get("since").flatMap(n -> laterThanCatalog(n, "'since' of " + where))
        .ifPresent(v -> since.put(entry.constantName(), v));
    Optional<YamlScalar> replacedBy = map.get("replaced-by")
        .flatMap(n -> codeOrName(n, "'replaced-by' of " + where));
    Optional<YamlNode> removedNode = map.get("removed");
    if (removedNode.isEmpty()) {
      map.field("replaced-by").ifPresent(f -> reader.add(DiagnosticId.BAD_CHANGE_RECORD.error(f.keyPosition(),
          where + " has 'replaced-by' but is not removed.",
          "Write 'removed:' with the version that removed it, or remove 'replaced-by'.")));
      return false;
    }
    Optional<Version> in = laterThanCatalog(removedNode.get(), "'removed' of " + where);
    in.ifPresent(v -> removed.add(new PendingRemoval(entry, v, replacedBy, removedNode.get().position())));
    return in.isPresent();
  }

  /** The history, once every entry was bound; {@code live} are the entries not removed. */
  History history(YamlMap catalog, List<Entry> live) {
    List<History.RemovedEntry> gone = new ArrayList<>();
    for (PendingRemoval r : removed) {
      Optional<String> target = r.replacedBy().flatMap(s -> replacement(s, live));
      if (r.replacedBy().isEmpty() || target.isPresent()) {
        gone.add(new History.RemovedEntry(r.entry(), r.in(), target, r.at()));
      }
    }
    List<History.ChangeRecord> records = catalog.get("changes").map(this::records).orElse(List.of());
    boolean stated = !since.isEmpty() || !removed.isEmpty() || !records.isEmpty();
    if (stated && version.isEmpty() && catalog.get("version").isEmpty()) {
      reader.add(DiagnosticId.MISSING_KEY.error(catalog.position(),
          "the catalog records versions ('since', 'removed' or 'changes') but states no version of its own.",
          "Add 'version:' at the top, e.g. version: 1.1.0, the version this catalog is released as."));
    }
    return new History(version, Map.copyOf(since), List.copyOf(gone), records);
  }

  /** The code or name {@code replaced-by} names, if it is an entry still sent. */
  private Optional<String> replacement(YamlScalar target, List<Entry> live) {
    for (Entry e : live) {
      if (e.code().equals(target.text()) || e.constantName().equals(target.text())) {
        return Optional.of(target.text());
      }
    }
    List<String> known = new ArrayList<>();
    live.forEach(e -> known.add(e.hasCode() ? e.code() : e.constantName()));
    reader.add(DiagnosticId.BAD_CHANGE_RECORD.error(target.position(),
        "'replaced-by' names " + Shown.bare(target.text()) + ", which is no entry of the catalog still sent."
            + DidYouMean.hint(target.text(), known),
        "Name the code (or, for an entry without one, the name) of the entry clients should handle instead."));
    return Optional.empty();
  }

  private List<History.ChangeRecord> records(YamlNode node) {
    List<History.ChangeRecord> out = new ArrayList<>();
    Optional<YamlList> list = reader.list(node, "'changes' of the catalog");
    if (list.isEmpty()) {
      return out;
    }
    int i = 1;
    for (YamlNode item : list.get().items()) {
      String where = "change record " + i++;
      reader.map(item, where).ifPresent(map -> {
        reader.checkKeys(map, CatalogKeys.CHANGE, "a change record");
        reader.requireKeys(map, capitalized(where), "1.1.0", "version");
        Optional<Version> v = map.get("version").flatMap(n -> laterThanCatalog(n, "'version' of " + where));
        Optional<String> summary = reader.optionalString(map, "summary", where).map(s -> s.text().strip());
        List<History.AcceptedBreak> accepted = new ArrayList<>();
        map.get("accepted").flatMap(n -> reader.list(n, "'accepted' of " + where)).ifPresent(items -> {
          int j = 1;
          for (YamlNode a : items.items()) {
            String whereAccepted = "accepted change " + j++ + " of " + where;
            reader.map(a, whereAccepted).flatMap(m -> accepted(m, whereAccepted, v)).ifPresent(accepted::add);
          }
        });
        v.ifPresent(version -> out.add(new History.ChangeRecord(version, summary, List.copyOf(accepted),
            map.position())));
      });
    }
    return List.copyOf(out);
  }

  private Optional<History.AcceptedBreak> accepted(YamlMap map, String where, Optional<Version> version) {
    reader.checkKeys(map, CatalogKeys.ACCEPTED, "an accepted change");
    reader.requireKeys(map, capitalized(where), "", "entry", "change", "reason");
    Optional<YamlScalar> entry = map.get("entry").flatMap(n -> codeOrName(n, "'entry' of " + where));
    Optional<ChangeKind> change = map.get("change").flatMap(n -> reader.string(n, "'change' of " + where))
        .flatMap(s -> {
          Optional<ChangeKind> kind = ChangeKind.acceptable(s.text());
          if (kind.isEmpty()) {
            reader.add(DiagnosticId.BAD_CHANGE_RECORD.error(s.position(),
                Shown.quoted(s.text()) + " is not a kind of breaking change."
                    + DidYouMean.hint(s.text(), ChangeKind.acceptableNames()),
                "Write one of: " + String.join(", ", ChangeKind.acceptableNames()) + "."));
          }
          return kind;
        });
    Optional<YamlScalar> reason = reader.optionalString(map, "reason", where);
    reason.filter(r -> r.text().isBlank()).ifPresent(r -> reader.add(DiagnosticId.BAD_CHANGE_RECORD.error(
        r.position(), "the reason of " + where + " is empty.",
        "Say why the change is made, for the readers of the docs: it is shown in the Changes section.")));
    if (entry.isEmpty() || change.isEmpty() || reason.isEmpty() || reason.get().text().isBlank()
        || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new History.AcceptedBreak(entry.get().text(), change.get(), reason.get().text().strip(),
        version.get(), map.position()));
  }

  /** A code or name: a string, or a whole number kept as its text. */
  private Optional<YamlScalar> codeOrName(YamlNode node, String what) {
    if (node instanceof YamlScalar s && (s.kind() == ScalarKind.STRING || s.kind() == ScalarKind.INT)
        && !s.text().isBlank()) {
      return Optional.of(s);
    }
    reader.wrongType(node, what, "a string (the entry's code, or its name where it has no code)");
    return Optional.empty();
  }

  /** A version no later than the catalog's own. */
  private Optional<Version> laterThanCatalog(YamlNode node, String what) {
    Optional<Version> v = version(node, what);
    if (v.isPresent() && version.isPresent() && v.get().isAfter(version.get())) {
      reader.add(DiagnosticId.BAD_CHANGE_RECORD.error(node.position(),
          what + " is " + v.get() + ", after the catalog's version " + version.get() + " (line " + versionAt.line()
              + ").",
          "Raise 'version:' to the release this change goes out in, or correct this version."));
      return Optional.empty();
    }
    return v;
  }

  /** A version as written: {@code 1.2.0} (YAML may read {@code 1.2} as a number; its text is kept). */
  private Optional<Version> version(YamlNode node, String what) {
    if (node instanceof YamlScalar s
        && (s.kind() == ScalarKind.STRING || s.kind() == ScalarKind.INT || s.kind() == ScalarKind.FLOAT)) {
      Optional<Version> v = Version.parse(s.text());
      if (v.isEmpty()) {
        reader.add(DiagnosticId.BAD_VALUE.error(s.position(), what + " is " + Shown.quoted(s.text()) + ", which is not a version.",
            "Write numbers separated by dots, optionally with a pre-release label: 1.2.0, 2.0.0-rc1."));
      }
      return v;
    }
    reader.wrongType(node, what, "a version such as 1.2.0");
    return Optional.empty();
  }

  private static String capitalized(String where) {
    return Character.toUpperCase(where.charAt(0)) + where.substring(1);
  }
}
