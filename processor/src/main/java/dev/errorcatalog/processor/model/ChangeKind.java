package dev.errorcatalog.processor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What changed in an entry between the baseline (the released catalog) and this one. The breaking kinds
 * change what a client sees (the entry it decodes, the values it reads, how it retries); a writer accepts one
 * on purpose with a {@code changes:} record naming the kind in YAML ({@code removed}, {@code code}, ...).
 */
public enum ChangeKind {
  /** The entry is no longer in the catalog (or marked {@code removed}) and was not deprecated. */
  REMOVED(true, "removed"),
  /** The code the API sends, or the entry's name, changed. */
  CODE(true, "code changed"),
  /** The HTTP status changed. */
  STATUS(true, "status changed"),
  /** A placeholder of the message was removed, renamed or retyped. */
  PLACEHOLDERS(true, "placeholders changed"),
  /** A body the baseline decoded to the entry now decodes to another entry or to none. */
  DECODING(true, "decodes differently"),
  /** The retry class or its parameters changed. */
  RETRY(true, "retry advice changed"),
  /** A new entry. */
  ADDED(false, "added"),
  /** The entry's text changed (title, messages a body can carry, description, cause, fix). */
  EDITED(false, "text edited"),
  /** The entry is deprecated now. */
  DEPRECATED(false, "deprecated");

  private final boolean breaking;
  private final String words;

  ChangeKind(boolean breaking, String words) {
    this.breaking = breaking;
    this.words = words;
  }

  /** True when a client built on the baseline may see something else now. */
  public boolean breaking() {
    return breaking;
  }

  /** The change in words, for the docs: "status changed". */
  public String words() {
    return words;
  }

  /** The kind as {@code change:} names it in YAML: {@code placeholders}. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The breaking kinds, as YAML names them, in declaration order: what {@code change:} accepts. */
  public static List<String> acceptableNames() {
    return Arrays.stream(values()).filter(ChangeKind::breaking).map(ChangeKind::yamlName).toList();
  }

  /** The breaking kind named {@code yamlName}. */
  public static Optional<ChangeKind> acceptable(String yamlName) {
    return Arrays.stream(values()).filter(k -> k.breaking && k.yamlName().equals(yamlName)).findFirst();
  }
}
