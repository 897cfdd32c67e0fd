package dev.errorcatalog.processor.evolve;

import dev.errorcatalog.processor.check.ModelEngine;
import dev.errorcatalog.processor.model.BaselineComparison;
import dev.errorcatalog.processor.model.CatalogChange;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.ChangeKind;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.History;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.PlaceholderType;
import dev.errorcatalog.processor.model.RetrySpelling;
import dev.errorcatalog.processor.model.Shown;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.model.Version;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares a catalog with its baseline, the released catalog clients are built on. A change that a client
 * built on the baseline would notice is an error at the new file's line, unless the catalog accepts it on
 * purpose (a {@code changes:} record newer than the baseline): an entry removed that was not deprecated, a
 * code or name changed, a status changed, a placeholder removed, renamed or retyped, a body the baseline
 * decoded to the entry now decoding to another or to none (every example and encoded body of the baseline is
 * tried), and any change of the retry advice. Additions and text edits are listed, not reported one by one:
 * the build prints one note, the docs' Changes section and the writers' {@code diff} command show them all.
 */
public final class CatalogDiff {

  private static final int BODY_QUOTE = 100;

  private final CatalogModel baseline;
  private final CatalogModel now;
  private final ModelEngine baselineEngine;
  private final ModelEngine nowEngine;
  private final List<CatalogChange> changes = new ArrayList<>();
  private final List<Diagnostic> breaks = new ArrayList<>();
  private final Set<History.AcceptedBreak> used = new HashSet<>();

  private CatalogDiff(CatalogModel baseline, CatalogModel now, CatalogTables nowTables) {
    this.baseline = baseline;
    this.now = now;
    this.baselineEngine = ModelEngine.of(CatalogTables.of(baseline));
    this.nowEngine = ModelEngine.of(nowTables);
  }

  /**
   * The comparison of {@code now} (already checked: {@code nowTables} are its rows) with {@code baseline};
   * every unaccepted break, stale or unused acceptance is added to {@code found}, with one note summing up.
   */
  public static BaselineComparison compare(CatalogModel baseline, CatalogModel now, CatalogTables nowTables,
      Diagnostics found) {
    return new CatalogDiff(baseline, now, nowTables).run(found);
  }

  private BaselineComparison run(Diagnostics found) {
    EntryPairs pairs = new EntryPairs(baseline, now);
    List<EntryPairs.Pair> all = pairs.pairs();
    for (int i = 0; i < all.size(); i++) {
      EntryPairs.Pair pair = all.get(i);
      if (pair.now().isPresent()) {
        compare(pair.before(), pair.now().get());
      } else {
        removed(pair, nextPosition(all, i));
      }
    }
    for (Entry e : pairs.added()) {
      changes.add(new CatalogChange(ChangeKind.ADDED, key(e), Optional.of(e.anchor()),
          "New: " + describe(e) + ".", Optional.empty()));
    }
    breaks.forEach(found::add);
    unusedAcceptances(found);
    versionRaised(found);
    found.add(DiagnosticId.CATALOG_CHANGED.note(now.idAt(), summary()));
    return new BaselineComparison(baseline.history().version(), List.copyOf(changes));
  }

  private void compare(Entry before, Entry after) {
    SourcePosition at = after.position();
    boolean sameCode = before.code().equals(after.code()) || EntryPairs.assignedCodeIsName(before, after);
    if (!sameCode) {
      breaking(ChangeKind.CODE, before, after, at, DiagnosticId.CODE_CHANGED,
          "the code of " + label(before) + " changed from " + shown(before.code()) + " to " + shown(after.code())
              + ": a client built on the baseline matches the old code, which the API no longer sends",
          "Code " + shown(before.code()) + " is now " + shown(after.code()) + ".");
    } else if (!before.constantName().equals(after.constantName())) {
      breaking(ChangeKind.CODE, before, after, at, DiagnosticId.CODE_CHANGED,
          "the name of " + label(before) + " changed from " + before.constantName() + " to " + after.constantName()
              + ": client code naming the constant " + before.constantName() + " no longer compiles, and"
              + " CatalogError.name() and problem responses that carry the name change",
          "Renamed from " + before.constantName() + " to " + after.constantName() + ".");
    }
    if (before.status() != after.status()) {
      breaking(ChangeKind.STATUS, before, after, at, DiagnosticId.STATUS_CHANGED,
          "the status of " + label(before) + " changed from " + before.status() + " to " + after.status()
              + ": a client built on the baseline expects it at " + before.status(),
          "Status " + before.status() + " is now " + after.status() + ".");
    } else if (!after.statuses().containsAll(before.statuses())) {
      List<Integer> gone = new ArrayList<>(before.statuses());
      gone.removeAll(after.statuses());
      breaking(ChangeKind.STATUS, before, after, at, DiagnosticId.STATUS_CHANGED,
          "the statuses of " + label(before) + " changed from " + before.statuses() + " to " + after.statuses()
              + ": a client built on the baseline expects it at " + gone + " too",
          "No longer answered with " + gone + ".");
    } else {
      decoding(before, after, at);
    }
    placeholders(before, after, at);
    if (!before.retry().equals(after.retry())) {
      breaking(ChangeKind.RETRY, before, after, at, DiagnosticId.RETRY_CHANGED,
          "the retry advice of " + label(before) + " changed from " + RetrySpelling.yaml(before.retry()) + " to "
              + RetrySpelling.yaml(after.retry()) + ": clients built on the baseline retry it the old way",
          "Retry advice " + RetrySpelling.yaml(before.retry()) + " is now " + RetrySpelling.yaml(after.retry()) + ".");
    }
    List<String> edited = edits(before, after);
    if (!edited.isEmpty()) {
      changes.add(new CatalogChange(ChangeKind.EDITED, key(after), Optional.of(after.anchor()),
          "Edited: " + String.join(", ", edited) + ".", Optional.empty()));
    }
    if (after.deprecated().isPresent() && before.deprecated().isEmpty()) {
      changes.add(new CatalogChange(ChangeKind.DEPRECATED, key(after), Optional.of(after.anchor()),
          "Deprecated" + after.deprecated().filter(n -> !n.isBlank()).map(n -> ": " + n.strip()).orElse(".")
              + (after.deprecated().get().isBlank() || after.deprecated().get().strip().endsWith(".") ? "" : "."),
          Optional.empty()));
    }
  }

  /** Every body a client may have seen for the entry must still decode to it. */
  private void decoding(Entry before, Entry after, SourcePosition at) {
    List<String> bodies = baselineEngine.bodies(before);
    String first = null;
    String firstGot = null;
    int count = 0;
    for (String body : bodies) {
      Optional<Entry> got = nowEngine.decode(before.status(), body);
      if (got.isEmpty() || got.get() != after) {
        count++;
        if (first == null) {
          first = body;
          firstGot = got.map(CatalogDiff::label).orElse("no entry");
        }
      }
    }
    if (count > 0) {
      breaking(ChangeKind.DECODING, before, after, at, DiagnosticId.DECODES_DIFFERENTLY,
          count + " of the " + bodies.size() + " bodies the baseline decodes to " + label(before) + " (its examples"
              + " and its encoded body) now decode" + (count == 1 ? "s" : "") + " to " + firstGot + ", e.g. "
              + quote(first) + " at status " + before.status() + ": a client built on the baseline would see "
              + firstGot + " for that response",
          "Bodies the baseline matched to it may now decode to " + firstGot + ".");
    }
  }

  private void placeholders(Entry before, Entry after, SourcePosition at) {
    Map<String, PlaceholderType> old = types(before);
    Map<String, PlaceholderType> neu = types(after);
    List<String> gone = old.keySet().stream().filter(n -> !neu.containsKey(n)).toList();
    List<String> fresh = neu.keySet().stream().filter(n -> !old.containsKey(n)).toList();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < gone.size(); i++) {
      problems.add(i < fresh.size()
          ? "{" + gone.get(i) + "} renamed to {" + fresh.get(i) + "}"
          : "{" + gone.get(i) + "} removed");
    }
    old.forEach((name, type) -> {
      PlaceholderType t = neu.get(name);
      if (t != null && t != type) {
        problems.add("{" + name + "} retyped from " + type.yamlName() + " to " + t.yamlName());
      }
    });
    if (!problems.isEmpty()) {
      String list = String.join(", ", problems);
      breaking(ChangeKind.PLACEHOLDERS, before, after, at, DiagnosticId.PLACEHOLDER_CHANGED,
          "the arguments of " + label(before) + " changed (" + list + "): client code reading args() or calling"
              + " the factory with the baseline's arguments breaks",
          "Arguments changed: " + list + ".");
    }
  }

  private void removed(EntryPairs.Pair pair, SourcePosition nextAt) {
    Entry before = pair.before();
    Optional<String> use = pair.removed().flatMap(History.RemovedEntry::replacedBy);
    String text = "Removed" + pair.removed().map(r -> " in " + r.in()).orElse("")
        + use.map(u -> "; use " + u + " instead").orElse("") + ".";
    if (before.deprecated().isPresent()) {
      changes.add(new CatalogChange(ChangeKind.REMOVED, key(before), Optional.empty(),
          text, Optional.of("It was deprecated in the baseline.")));
      return;
    }
    SourcePosition at = pair.removed().map(History.RemovedEntry::position).orElse(nextAt);
    breaking(ChangeKind.REMOVED, before, null, at, DiagnosticId.ENTRY_REMOVED,
        label(before) + " (status " + before.status() + ", line " + before.position().line() + " of the baseline) is "
            + (pair.removed().isPresent() ? "marked removed" : "no longer in the catalog") + ", and the baseline did"
            + " not deprecate it: clients built on the baseline still handle it, and its bodies now decode to "
            + pair.removed().map(r -> "no entry").orElse("no entry or another one"),
        text);
  }

  /**
   * A breaking change: recorded for the docs when a {@code changes:} record newer than the baseline accepts
   * it, else an error.
   */
  private void breaking(ChangeKind kind, Entry before, Entry after, SourcePosition at, DiagnosticId id,
      String problem, String docsText) {
    Optional<History.AcceptedBreak> accepted = acceptance(kind, before, after, true);
    if (accepted.isPresent()) {
      used.add(accepted.get());
      changes.add(new CatalogChange(kind, after == null ? key(before) : key(after),
          after == null ? Optional.empty() : Optional.of(after.anchor()), docsText,
          Optional.of(accepted.get().reason())));
      return;
    }
    Optional<History.AcceptedBreak> stale = acceptance(kind, before, after, false);
    String version = now.history().version().map(Version::text).orElse("1.1.0");
    String fix = stale.map(s -> "The acceptance at line " + s.position().line() + " (change record of version "
            + s.version() + ") matches it, but the baseline is " + baselineVersion() + " already, so clients built on the"
            + " baseline do not have this change yet: undo it, or accept it again in a record of a later version.")
        .orElse("Undo the change" + (kind == ChangeKind.REMOVED ? " (deprecate the entry for a release first)" : "")
            + ", or accept it on purpose: under 'changes:' add a record for the version it ships in, e.g.\n"
            + "  - version: " + version + "\n    accepted:\n      - entry: " + key(before) + "\n        change: "
            + kind.yamlName() + "\n        reason: <why, for the readers of the docs>");
    breaks.add(id.error(at, problem + " (baseline " + baselineName() + ").", fix));
    changes.add(new CatalogChange(kind, after == null ? key(before) : key(after),
        after == null ? Optional.empty() : Optional.of(after.anchor()), docsText, Optional.empty()));
  }

  /** The acceptance of this change: among the records newer than the baseline, or else the older ones. */
  private Optional<History.AcceptedBreak> acceptance(ChangeKind kind, Entry before, Entry after, boolean current) {
    for (History.ChangeRecord record : now.history().records()) {
      if (newerThanBaseline(record.version()) != current) {
        continue;
      }
      for (History.AcceptedBreak a : record.accepted()) {
        if (a.change() == kind && (names(a, before) || after != null && names(a, after))) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean names(History.AcceptedBreak a, Entry e) {
    return a.entry().equals(e.code()) || a.entry().equals(e.constantName());
  }

  private boolean newerThanBaseline(Version version) {
    return baseline.history().version().map(version::isAfter).orElse(true);
  }

  private void unusedAcceptances(Diagnostics found) {
    for (History.ChangeRecord record : now.history().records()) {
      if (!newerThanBaseline(record.version())) {
        continue;
      }
      for (History.AcceptedBreak a : record.accepted()) {
        if (!used.contains(a)) {
          found.add(DiagnosticId.BAD_CHANGE_RECORD.warning(a.position(),
              "the change record of version " + record.version() + " accepts '" + a.change().yamlName()
                  + "' for " + a.entry() + ", but nothing of that kind changed for it since the baseline "
                  + baselineName() + ".",
              "Remove the acceptance, or check 'entry:' (the entry's code, or its name where it has no code) and"
                  + " 'change:' (" + String.join(", ", ChangeKind.acceptableNames()) + ")."));
        }
      }
    }
  }

  /** A catalog that changed since the baseline should say it is a new version. */
  private void versionRaised(Diagnostics found) {
    Optional<Version> was = baseline.history().version();
    Optional<Version> is = now.history().version();
    if (!changes.isEmpty() || !breaks.isEmpty()) {
      if (was.isPresent() && is.isPresent() && !is.get().isAfter(was.get())) {
        found.add(DiagnosticId.BAD_CHANGE_RECORD.warning(now.idAt(),
            "the catalog changed since the baseline " + was.get() + ", but its version is still " + is.get() + ".",
            "Raise 'version:' to the release these changes go out in."));
      }
    }
  }

  private String summary() {
    Map<ChangeKind, Long> counts = new LinkedHashMap<>();
    for (ChangeKind kind : ChangeKind.values()) {
      long n = changes.stream().filter(c -> c.kind() == kind).count();
      if (n > 0) {
        counts.put(kind, n);
      }
    }
    String listed = counts.isEmpty() ? "no changes" : counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().words()).collect(Collectors.joining(", "));
    return "compared with the baseline " + baselineName() + ": " + listed
        + (breaks.isEmpty() ? "" : "; " + breaks.size() + " of the breaking changes not accepted") + ".";
  }

  private String baselineName() {
    return baseline.history().version().map(v -> v.text() + " (" + baseline.file() + ")").orElse(baseline.file());
  }

  private String baselineVersion() {
    return baseline.history().version().map(Version::text).orElse("unversioned");
  }

  /** Where the report of an entry gone from the catalog goes: the next baseline entry still here, or the end. */
  private SourcePosition nextPosition(List<EntryPairs.Pair> all, int from) {
    for (int i = from + 1; i < all.size(); i++) {
      if (all.get(i).now().isPresent()) {
        return all.get(i).now().get().position();
      }
    }
    return now.entries().isEmpty() ? now.idAt() : now.entries().get(now.entries().size() - 1).position();
  }

  private static List<String> edits(Entry before, Entry after) {
    List<String> out = new ArrayList<>();
    if (!before.title().equals(after.title())) {
      out.add("title");
    }
    if (!templates(before).equals(templates(after))) {
      out.add("messages");
    }
    if (!before.description().equals(after.description())) {
      out.add("description");
    }
    if (!before.cause().equals(after.cause())) {
      out.add("cause");
    }
    if (!before.fix().equals(after.fix())) {
      out.add("fix");
    }
    return out;
  }

  private static List<String> templates(Entry e) {
    List<String> out = new ArrayList<>();
    e.message().ifPresent(m -> out.add(m.display()));
    e.variants().forEach(v -> out.add(v.display()));
    return out;
  }

  private static Map<String, PlaceholderType> types(Entry e) {
    Map<String, PlaceholderType> out = new LinkedHashMap<>();
    for (MessageTemplate.Placeholder p : e.arguments()) {
      out.put(p.name(), p.type());
    }
    return out;
  }

  /** The entry as the docs and acceptances name it: its code, or its name where the API sends none. */
  static String key(Entry e) {
    return e.hasCode() ? e.code() : e.constantName();
  }

  private static String label(Entry e) {
    return e.label();
  }

  private static String describe(Entry e) {
    return "status " + e.status() + ", " + e.title().strip();
  }

  private static String shown(String code) {
    return code.isEmpty() ? "none" : Shown.bare(code);
  }

  private static String quote(String body) {
    String b = body.replace("\n", "\\n").replace("\r", "\\r");
    return Objects.toString(b.length() > BODY_QUOTE ? b.substring(0, BODY_QUOTE) + "..." : b.isEmpty() ? "(no body)" : b);
  }
}
