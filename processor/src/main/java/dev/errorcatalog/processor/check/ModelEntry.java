package dev.errorcatalog.processor.check;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.Entry;
import java.util.List;
import java.util.Map;

/**
 * A model entry standing in for its generated constant, so that the build can run the runtime engine on the
 * catalog before any code exists.
 */
record ModelEntry(String catalogId, Entry entry) implements CatalogError {

  /**
   * The hash of the constant's name, which is unique in its catalog: the engine keys its tables by entry, and the
   * record's own hash would read the whole entry (its templates, examples and prose) on every lookup. Equal
   * entries have equal names, so this agrees with the record's equality.
   */
  @Override
  public int hashCode() {
    return 31 * catalogId.hashCode() + entry.constantName().hashCode();
  }

  @Override
  public int httpStatus() {
    return entry.status();
  }

  @Override
  public List<Integer> httpStatuses() {
    return entry.statuses();
  }

  @Override
  public boolean isSuccess() {
    return entry.isSuccess();
  }

  @Override
  public String code() {
    return entry.code();
  }

  @Override
  public String subcode() {
    return entry.subcode().orElse("");
  }

  @Override
  public String title() {
    return entry.title();
  }

  @Override
  public String messageTemplate() {
    return entry.messageTemplate();
  }

  @Override
  public List<String> placeholders() {
    return entry.message().map(m -> m.placeholders().stream().map(p -> p.name()).toList()).orElse(List.of());
  }

  @Override
  public RetryClass retryClass() {
    return entry.retry().retryClass();
  }

  @Override
  public String anchor() {
    return entry.anchor();
  }

  @Override
  public String format(Map<String, ?> args) {
    return entry.message()
        .map(m -> m.runtime().format(args))
        .orElse("");
  }
}
