package dev.errorcatalog.processor.locate;

import java.nio.file.Path;
import java.util.List;

/**
 * A catalog found (its text and the name diagnostics show), a file found that could not be read (and why), or
 * the list of every place looked.
 *
 * @param file the catalog as shown in diagnostics: an absolute path, or the URL of a jar entry; {@code null}
 *     when not found
 * @param content the raw bytes, or {@code null} when not found or refused
 * @param looked every place looked, in order, when not found
 * @param refusal why the file found was not read, or {@code null}
 */
public record LocatedCatalog(String file, byte[] content, List<String> looked, Refusal refusal) {

  static LocatedCatalog found(String file, byte[] content) {
    return new LocatedCatalog(file, content, List.of(), null);
  }

  static LocatedCatalog notFound(List<String> looked) {
    return new LocatedCatalog(null, null, List.copyOf(looked), null);
  }

  static LocatedCatalog refused(Refusal refusal) {
    return new LocatedCatalog(refusal.file(), null, List.of(), refusal);
  }

  /**
   * The catalog in {@code file}, named as the path is written, read as {@link BoundedFiles#read(Path, int)}
   * reads; refused (never thrown) when it cannot be.
   */
  public static LocatedCatalog read(Path file, int maxBytes) {
    try {
      return found(file.toString(), BoundedFiles.read(file, maxBytes));
    } catch (RefusedException e) {
      return refused(e.refusal());
    }
  }

  /** True when the catalog was found and read. */
  public boolean isFound() {
    return content != null;
  }

  /** True when a file was found that could not be read: {@link #refusal()} says why. */
  public boolean isRefused() {
    return refusal != null;
  }
}
