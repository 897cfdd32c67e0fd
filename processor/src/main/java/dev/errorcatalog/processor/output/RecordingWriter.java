package dev.errorcatalog.processor.output;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes every file to another writer and keeps, in order, those it took without failing: what a build wrote,
 * for the build cache to replay.
 */
public final class RecordingWriter implements OutputWriter {

  private final OutputWriter next;
  private final List<OutputFile> written = new ArrayList<>();

  public RecordingWriter(OutputWriter next) {
    this.next = next;
  }

  @Override
  public void write(OutputFile file) throws IOException {
    next.write(file);
    written.add(file);
  }

  /** Every file written so far, in order. */
  public List<OutputFile> written() {
    return List.copyOf(written);
  }
}
