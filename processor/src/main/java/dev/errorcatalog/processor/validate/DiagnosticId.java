package dev.errorcatalog.processor.validate;

import dev.errorcatalog.processor.model.SourcePosition;

/**
 * The stable ids of catalog mistakes. Ids never change meaning and are never reused: writers search for
 * them, FORMAT.md lists each one, and catalog/DIAGNOSTICS.md explains each at length (what {@code explain}
 * prints; a test fails until a new id has its section there, with a wrong catalog that reports it). Append new
 * ids at the end.
 *
 * <p>Every {@link Diagnostic} is made here, by its id: {@link #error}, {@link #warning} or {@link #note}, with a
 * place in the YAML file or (for the annotation, a catalog not found, the module, a baseline) without one.
 */
public enum DiagnosticId {
  YAML_SYNTAX("EC001", "yaml-syntax"),
  UNKNOWN_KEY("EC002", "unknown-key"),
  MISSING_KEY("EC003", "missing-key"),
  WRONG_TYPE("EC004", "wrong-type"),
  STATUS_OUT_OF_RANGE("EC005", "status-out-of-range"),
  DUPLICATE_CODE("EC006", "duplicate-code"),
  INDISTINGUISHABLE_ENTRIES("EC007", "indistinguishable-entries"),
  UNKNOWN_RETRY_CLASS("EC008", "unknown-retry-class"),
  BAD_PLACEHOLDER("EC009", "bad-placeholder"),
  DUPLICATE_PLACEHOLDER("EC010", "duplicate-placeholder"),
  UNKNOWN_PLACEHOLDER_TYPE("EC011", "unknown-placeholder-type"),
  EXAMPLE_NOT_JSON("EC012", "example-not-json"),
  JAVA_NAME_CLASH("EC013", "java-name-clash"),
  EMPTY_CATALOG("EC014", "empty-catalog"),
  CATALOG_NOT_FOUND("EC015", "catalog-not-found"),
  YAML_ALIAS("EC016", "yaml-alias"),
  UNKNOWN_SHAPE("EC017", "unknown-shape"),
  BAD_POINTER("EC018", "bad-pointer"),
  BAD_DURATION("EC019", "bad-duration"),
  BAD_CATALOG_ID("EC020", "bad-catalog-id"),
  EXAMPLE_DECODES_ELSEWHERE("EC021", "example-decodes-elsewhere"),
  UNREADABLE_CATALOG("EC022", "unreadable-catalog"),
  BAD_ANNOTATION("EC023", "bad-annotation"),
  BAD_VALUE("EC024", "bad-value"),
  DUPLICATE_KEY("EC025", "duplicate-key"),
  DUPLICATE_CATALOG("EC026", "duplicate-catalog"),
  MODULE_DOES_NOT_PROVIDE("EC027", "module-does-not-provide"),
  TRAILING_COMMENT("EC028", "trailing-comment"),
  EXAMPLE_FITS_NO_TEMPLATE("EC029", "example-fits-no-template"),
  BAD_CHANGE_RECORD("EC030", "bad-change-record"),
  BASELINE_UNREADABLE("EC031", "baseline-unreadable"),
  ENTRY_REMOVED("EC032", "entry-removed"),
  CODE_CHANGED("EC033", "code-changed"),
  STATUS_CHANGED("EC034", "status-changed"),
  PLACEHOLDER_CHANGED("EC035", "placeholder-changed"),
  DECODES_DIFFERENTLY("EC036", "decodes-differently"),
  RETRY_CHANGED("EC037", "retry-changed"),
  CATALOG_CHANGED("EC038", "catalog-changed"),
  TEXT_TOO_LONG("EC039", "text-too-long"),
  TOO_MANY_PLACEHOLDERS("EC040", "too-many-placeholders"),
  CATALOG_FILE_NAME("EC041", "catalog-file-name"),
  SUCCESS_STATUS("EC045", "success-status"),
  STRAY_CHARACTER("EC046", "stray-character"),
  PLACEHOLDER_MISSPELLED("EC047", "placeholder-misspelled"),
  RETRY_NEVER_RETRIES("EC048", "retry-never-retries"),
  EXAMPLE_STATUS("EC049", "example-status"),
  DECISION_MARKS_NOTHING("EC050", "decision-marks-nothing"),
  TITLE_TOO_LONG("EC051", "title-too-long"),
  ENDPOINT_SYNTAX("EC052", "endpoint-syntax");

  private final String code;
  private final String slug;

  DiagnosticId(String code, String slug) {
    this.code = code;
    this.slug = slug;
  }

  /** {@code EC006}. */
  public String code() {
    return code;
  }

  /** {@code duplicate-code}. */
  public String slug() {
    return slug;
  }

  /** This mistake at {@code position} in a YAML file: the catalog generates nothing. */
  public Diagnostic error(SourcePosition position, String problem, String fix) {
    return new Diagnostic(Diagnostic.Severity.ERROR, this, position, problem, fix);
  }

  /** This mistake where it has no place in a YAML file (the annotation, a catalog not found, a baseline). */
  public Diagnostic error(String problem, String fix) {
    return error(null, problem, fix);
  }

  /** Something the build should change at {@code position}, though the catalog generates. */
  public Diagnostic warning(SourcePosition position, String problem, String fix) {
    return new Diagnostic(Diagnostic.Severity.WARNING, this, position, problem, fix);
  }

  /** Something the build should change, with no place in a YAML file (the module). */
  public Diagnostic warning(String problem, String fix) {
    return warning(null, problem, fix);
  }

  /** Something the writer may want to know, not to change (a change since the baseline). */
  public Diagnostic note(SourcePosition position, String problem) {
    return new Diagnostic(Diagnostic.Severity.NOTE, this, position, problem, "");
  }
}
