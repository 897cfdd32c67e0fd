package dev.errorcatalog.processor.evolve;

import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.ChangeKind;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.History;
import dev.errorcatalog.processor.model.Version;
import dev.errorcatalog.processor.validate.DiagnosticId;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The breaking changes a catalog accepts on purpose ({@code changes:} records and their {@code accepted:} items):
 * which record accepts a change, whether it is newer than the baseline, and which acceptances nothing used.
 */
final class Acceptances {

  private final CatalogModel baseline;
  private final CatalogModel now;
  private final Set<History.AcceptedBreak> used = new HashSet<>();

  Acceptances(CatalogModel baseline, CatalogModel now) {
    this.baseline = baseline;
    this.now = now;
  }

  /**
   * The acceptance of this change among the records newer than the baseline ({@code current}), or else among
   * the older ones (a stale acceptance: the baseline has the change's version already).
   */
  Optional<History.AcceptedBreak> of(ChangeKind kind, Entry before, Entry after, boolean current) {
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

  /** Records that an acceptance accepted a change. */
  void use(History.AcceptedBreak acceptance) {
    used.add(acceptance);
  }

  /** Warns of every acceptance newer than the baseline that accepted nothing. */
  void reportUnused(Diagnostics found, String baselineName) {
    for (History.ChangeRecord record : now.history().records()) {
      if (!newerThanBaseline(record.version())) {
        continue;
      }
      for (History.AcceptedBreak a : record.accepted()) {
        if (!used.contains(a)) {
          found.add(DiagnosticId.BAD_CHANGE_RECORD.warning(a.position(),
              "the change record of version " + record.version() + " accepts '" + a.change().yamlName()
                  + "' for " + a.entry() + ", but nothing of that kind changed for it since the baseline "
                  + baselineName + ".",
              "Remove the acceptance, or check 'entry:' (the entry's code, or its name where it has no code) and"
                  + " 'change:' (" + String.join(", ", ChangeKind.acceptableNames()) + ")."));
        }
      }
    }
  }

  private static boolean names(History.AcceptedBreak a, Entry e) {
    return a.entry().equals(e.code()) || a.entry().equals(e.constantName());
  }

  private boolean newerThanBaseline(Version version) {
    return baseline.history().version().map(version::isAfter).orElse(true);
  }
}
