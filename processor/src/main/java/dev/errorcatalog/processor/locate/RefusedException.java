package dev.errorcatalog.processor.locate;

import java.io.IOException;

/**
 * A file {@link BoundedFiles} would not read (or could not), carrying the {@link Refusal} that says why in plain
 * words; its message is {@link Refusal#message()}, so a caller that only prints messages prints plain words too.
 */
public final class RefusedException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  RefusedException(Refusal refusal) {
    super(refusal.message());
    this.refusal = refusal;
  }

  /** Why the file was not read. */
  public Refusal refusal() {
    return refusal;
  }
}
