package dev.errorcatalog.processor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a catalog says of its own releases: its version, the version each entry appeared in, the entries no
 * longer sent, and the breaking changes a writer accepted on purpose.
 *
 * @param version the catalog's {@code version:}, if stated
 * @param since the {@code since:} of each entry that states one, by the entry's name
 * @param removed the entries marked {@code removed:}, in catalog order: recorded for the docs and the
 *     baseline check, but no longer part of what is generated or decoded
 * @param records the {@code changes:} records, in catalog order
 */
public record History(Optional<Version> version, Map<String, Version> since, List<RemovedEntry> removed,
    List<ChangeRecord> records) {

  /** The history of a catalog that states none. */
  public static final History NONE = new History(Optional.empty(), Map.of(), List.of(), List.of());

  /** The version {@code entry} appeared in, if the catalog says. */
  public Optional<Version> since(Entry entry) {
    return Optional.ofNullable(since.get(entry.constantName()));
  }

  /** True when the catalog records anything for the Changes section of its page. */
  public boolean isEmpty() {
    return since.isEmpty() && removed.isEmpty() && records.isEmpty();
  }

  /**
   * An entry no longer sent.
   *
   * @param entry the entry as last documented
   * @param in the version that removed it
   * @param replacedBy the code or name of the entry to use instead, if any
   */
  public record RemovedEntry(Entry entry, Version in, Optional<String> replacedBy, SourcePosition position) {}

  /**
   * One {@code changes:} record.
   *
   * @param version the version the record is about
   * @param summary what changed in the version, in the writer's words
   * @param accepted the breaking changes accepted in that version
   */
  public record ChangeRecord(Version version, Optional<String> summary, List<AcceptedBreak> accepted,
      SourcePosition position) {}

  /**
   * A breaking change the writer accepted on purpose.
   *
   * @param entry the code or name of the entry, as the baseline has it
   * @param change what changed
   * @param reason why, for the readers of the docs
   * @param version the version of the record that accepts it
   */
  public record AcceptedBreak(String entry, ChangeKind change, String reason, Version version,
      SourcePosition position) {}
}
