package dev.errorcatalog.processor.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Keeps every file in memory, in the order written: the writers' command line and tests read them back. */
public final class MemoryWriter implements OutputWriter {

  private final List<OutputFile> files = new ArrayList<>();

  @Override
  public void write(OutputFile file) {
    files.add(file);
  }

  /** Every file written, in order. */
  public List<OutputFile> files() {
    return Collections.unmodifiableList(files);
  }

  /** The pages of the directory the option {@code site} names: file name to text, sorted by name. */
  public Map<String, String> pages(String site) {
    TreeMap<String, String> pages = new TreeMap<>();
    for (OutputFile file : files) {
      if (file.kind() == OutputFile.Kind.PAGE && file.site().equals(site)) {
        pages.put(file.name(), file.text());
      }
    }
    return Collections.unmodifiableMap(pages);
  }
}
