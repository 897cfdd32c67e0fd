package dev.errorcatalog.benchmarks;

import dev.errorcatalog.MatchKind;
import java.nio.charset.StandardCharsets;

/**
 * One benchmarked response: its status and body, and what the generated decoder must make of it (checked by
 * {@code FixturesTest}, so that a benchmark never measures a body that silently decodes to something else).
 *
 * @param label what the body stands for, as shown in benchmarks/README.md
 * @param status the HTTP status it arrives with
 * @param text the body (UTF-8 on the wire); "" for no body
 * @param expected how the decoder recognises it
 * @param expectedCode the code of the entry it decodes to (its name where the API sends no code);
 *     {@code null} for {@link MatchKind#NONE}
 */
record Body(String label, int status, String text, MatchKind expected, String expectedCode) {

  /** Short, for test names and reports: the label and the status. */
  @Override
  public String toString() {
    return label + " (" + status + ")";
  }

  byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Body code(String label, int status, String text, String code) {
    return new Body(label, status, text, MatchKind.CODE, code);
  }

  static Body message(String label, int status, String text, String code) {
    return new Body(label, status, text, MatchKind.MESSAGE, code);
  }

  /** A response without a body, recognised by its status alone. */
  static Body statusOnly(String label, int status, String code) {
    return statusOnly(label, status, "", code);
  }

  /** A body recognised by its status alone: one of the kind its entry documents (no body, JSON, text). */
  static Body statusOnly(String label, int status, String text, String code) {
    return new Body(label, status, text, MatchKind.STATUS, code);
  }

  static Body undocumented(String label, int status, String text) {
    return new Body(label, status, text, MatchKind.NONE, null);
  }
}
