package dev.errorcatalog.processor.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The directory given with {@code -Aerrorcatalog.docs}: the pages of one compilation, each written only when
 * its bytes change (a live-reloading docs server then rebuilds only those), and the pages an earlier build
 * wrote for a catalog this build no longer has removed, so a site never keeps documenting a catalog that is
 * gone.
 *
 * <p>What is removed is decided by a manifest of the pages the last build wrote ({@value #MANIFEST}), never
 * by a scan: files errorcatalog did not write (a hand-written guide beside the pages) are never touched. A
 * page listed there is removed only while it still carries the generated-file note, so a page someone took
 * over by hand stays.
 */
public final class DocsDirectory {

  /** The manifest file, hidden from MkDocs (which skips dot files). */
  public static final String MANIFEST = ".errorcatalog-pages";

  /** What a manifest line must look like to be acted on: a page name in this directory, nothing else. */
  private static final Pattern PAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md");

  private final Path dir;

  public DocsDirectory(Path dir) {
    this.dir = dir;
  }

  /**
   * Writes the pages (file name to text) and the manifest; with {@code removeStale}, first deletes the pages
   * the previous manifest lists and this build does not write. Callers pass {@code false} when any catalog
   * failed in this build: its page is missing from {@code pages} for that reason, not because it is gone.
   *
   * @return the names of the pages removed
   */
  public List<String> write(Map<String, String> pages, boolean removeStale) throws IOException {
    Files.createDirectories(dir);
    List<String> removed = new ArrayList<>();
    TreeSet<String> listed = new TreeSet<>(pages.keySet());
    for (String name : previousPages()) {
      if (pages.containsKey(name)) {
        continue;
      }
      Path page = dir.resolve(name);
      if (removeStale && isGeneratedPage(page)) {
        Files.delete(page);
        removed.add(name);
      } else if (!removeStale && Files.exists(page)) {
        listed.add(name); // still ours to remove once the build is whole again
      }
    }
    for (Map.Entry<String, String> page : pages.entrySet()) {
      writeIfChanged(dir.resolve(page.getKey()), page.getValue());
    }
    StringBuilder manifest = new StringBuilder()
        .append("# The pages errorcatalog wrote here in the last build. A later build removes those it no\n")
        .append("# longer writes (a catalog taken out of the build). Written by the build; do not edit.\n");
    listed.forEach(name -> manifest.append(name).append('\n'));
    writeIfChanged(dir.resolve(MANIFEST), manifest.toString());
    return removed;
  }

  private List<String> previousPages() throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> PAGE_NAME.matcher(line).matches())
        .toList();
  }

  private static boolean isGeneratedPage(Path page) throws IOException {
    return Files.isRegularFile(page)
        && new String(Files.readAllBytes(page), StandardCharsets.UTF_8).contains(CatalogPage.GENERATED_NOTE);
  }

  private static void writeIfChanged(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
      return;
    }
    Files.write(path, bytes);
  }
}
