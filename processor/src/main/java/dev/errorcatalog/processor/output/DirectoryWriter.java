package dev.errorcatalog.processor.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pages of one directory (the docs site of {@code -Aerrorcatalog.docs}): taken one by one as the build
 * makes them, written as one set when it ends ({@link #commit}), so that the directory's {@link Layout} can
 * tell the pages of this build from those an earlier build wrote.
 */
public final class DirectoryWriter implements OutputWriter {

  /**
   * How a set of pages is written to a directory: for the docs site, each page only when its bytes change and
   * the pages of catalogs gone from the build removed, by a manifest ({@code docs.DocsDirectory}).
   */
  @FunctionalInterface
  public interface Layout {
    /**
     * Writes {@code pages} (file name to text) to {@code dir}; with {@code removeStale}, removes what an
     * earlier build wrote there that this one does not.
     *
     * @return the names of the pages removed
     */
    List<String> write(Path dir, Map<String, String> pages, boolean removeStale) throws IOException;
  }

  private final String location;
  private final Layout layout;
  private final TreeMap<String, String> pages = new TreeMap<>();

  /**
   * @param location the directory as the option gave it; made a path only when written, so that a value that
   *     is no path fails the write, not the build's start
   */
  public DirectoryWriter(String location, Layout layout) {
    this.location = location;
    this.layout = layout;
  }

  /** The directory. */
  public Path dir() {
    return Path.of(location);
  }

  @Override
  public void write(OutputFile file) {
    if (file.kind() != OutputFile.Kind.PAGE) {
      throw new IllegalArgumentException("only pages go to a directory: " + file.name());
    }
    pages.put(file.name(), file.text());
  }

  /** The pages taken so far: file name to text, sorted by name. */
  public Map<String, String> pages() {
    return Collections.unmodifiableMap(pages);
  }

  /**
   * Writes the pages taken, as one set.
   *
   * @param removeStale whether pages an earlier build wrote and this one does not are removed: not while any
   *     catalog failed, whose page is missing for that reason
   * @return the names of the pages removed
   */
  public List<String> commit(boolean removeStale) throws IOException {
    return layout.write(dir(), pages, removeStale);
  }
}
