package dev.errorcatalog.processor.output;

import java.io.IOException;

/**
 * Where every generated file goes: javac's {@code Filer} ({@link FilerWriter}), a directory
 * ({@link DirectoryWriter}), memory ({@link MemoryWriter}), or one of them chosen by the file's kind
 * ({@link RoutingWriter}). The caller reports a failure: it knows what the file was for.
 */
@FunctionalInterface
public interface OutputWriter {

  /**
   * Writes one file, or takes it to write with the others of its set.
   *
   * @throws IOException when it cannot be written; the message says why
   */
  void write(OutputFile file) throws IOException;
}
