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
 *
 * <p>The directory's files are read back (to compare, to find the manifest and the note) only through a
 * {@link Reader}, bounded and for regular files only: a page or manifest replaced by a named pipe, a device or
 * a huge file makes the write fail with a plain reason, never wait or fill the memory.
 */
public final class DocsDirectory {

  /**
   * How the directory reads its own files back: the processor gives the bounded reading of its {@code locate}
   * stage, which this stage may not import.
   */
  @FunctionalInterface
  public interface Reader {
    /**
     * The first {@code maxBytes} bytes of {@code file} (all of it when shorter), a regular file or a link to
     * one.
     *
     * @throws IOException when it is anything else, or cannot be read; the message says why in plain words
     */
    byte[] head(Path file, int maxBytes) throws IOException;
  }

  /** The manifest file, hidden from MkDocs (which skips dot files). */
  public static final String MANIFEST = ".errorcatalog-pages";

  /**
   * The most of the manifest read: far more than any build writes (a page name a line). A larger manifest was
   * not written by errorcatalog and is ignored (then rewritten), so no page is removed on its word.
   */
  private static final int MAX_MANIFEST_BYTES = 1024 * 1024;

  /**
   * How far into a page its generated-file note is looked for: it follows the front matter (title and
   * description). A page without it there is kept, as one taken over by hand: nothing is removed unless it is
   * known to be errorcatalog's.
   */
  private static final int NOTE_WITHIN_BYTES = 1024 * 1024;

  /** What a manifest line must look like to be acted on: a page name in this directory, nothing else. */
  private static final Pattern PAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.md");

  private final Path dir;
  private final Reader reader;
  private final Pattern names;
  private final String note;

  /** The docs site's directory: Markdown pages, known by the generated-file note after their front matter. */
  public DocsDirectory(Path dir, Reader reader) {
    this(dir, reader, PAGE_NAME, CatalogPage.GENERATED_NOTE);
  }

  /**
   * A directory of other generated files, written the same way (the OpenAPI documents of
   * {@code -Aerrorcatalog.openapi}).
   *
   * @param names what the name of a file of this directory looks like: a manifest line of any other form is ignored
   * @param note what a file carries near its start while it is still the build's (a page without it is never removed)
   */
  public DocsDirectory(Path dir, Reader reader, Pattern names, String note) {
    this.dir = dir;
    this.reader = reader;
    this.names = names;
    this.note = note;
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
    if (!Files.exists(manifest)) {
      return List.of();
    }
    byte[] bytes = reader.head(manifest, MAX_MANIFEST_BYTES + 1);
    if (bytes.length > MAX_MANIFEST_BYTES) {
      return List.of();
    }
    return new String(bytes, StandardCharsets.UTF_8).lines()
        .map(String::strip)
        .filter(line -> names.matcher(line).matches())
        .toList();
  }

  private boolean isGeneratedPage(Path page) throws IOException {
    return Files.isRegularFile(page)
        && new String(reader.head(page, NOTE_WITHIN_BYTES), StandardCharsets.UTF_8).contains(note);
  }

  private void writeIfChanged(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (holds(path, bytes)) {
      return;
    }
    Files.write(path, bytes);
  }

  /**
   * Whether {@code path} holds exactly {@code bytes}: a file of another size is not read at all, and no file is
   * read past one byte more than {@code bytes}. Whatever is there and is not a regular file (a pipe, which the
   * write would wait on; a folder) is refused by the reader, with the reason.
   */
  private boolean holds(Path path, byte[] bytes) throws IOException {
    if (!Files.exists(path) || Files.isRegularFile(path) && Files.size(path) != bytes.length) {
      return false;
    }
    return Arrays.equals(reader.head(path, bytes.length + 1), bytes);
  }
}
