package dev.errorcatalog.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.locate.BoundedFiles;
import dev.errorcatalog.processor.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs folder reads its own files back bounded: a page of another size is not read at all, a page is never
 * read past the new page's size plus one byte, the note of a stale page is looked for in its first megabyte only,
 * and a named pipe where a page or the manifest belongs fails the write in plain words instead of blocking it.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DocsDirectoryReadsTest {

  private static final String PAGE = "---\ntitle: Acme\n---\n\n" + CatalogPage.GENERATED_NOTE + "\n\n# Acme\n";

  @TempDir Path site;

  /** The bounded reader, recording how many bytes each read asked for. */
  private final List<Integer> asked = new ArrayList<>();

  private DocsDirectory directory() {
    return new DocsDirectory(site, (file, maxBytes) -> {
      asked.add(maxBytes);
      return BoundedFiles.head(file, maxBytes);
    });
  }

  @Test
  void aPageOfAnotherSizeIsReplacedWithoutBeingRead() throws IOException {
    HostileFiles.sparse(site.resolve("acme.md"), HostileFiles.TWO_GB);
    directory().write(Map.of("acme.md", PAGE), true);
    assertEquals(PAGE, Files.readString(site.resolve("acme.md")));
    assertTrue(asked.isEmpty(), "nothing read: " + asked);
  }

  @Test
  void aPageOfTheSameSizeIsReadToOneBytePastIt() throws IOException {
    Files.writeString(site.resolve("acme.md"), PAGE);
    directory().write(Map.of("acme.md", PAGE), true);
    assertEquals(List.of(PAGE.length() + 1), asked.subList(0, 1));
  }

  @Test
  void aHugeStalePageIsSearchedForTheNoteInItsFirstMegabyteAndKept() throws IOException {
    Files.writeString(site.resolve(DocsDirectory.MANIFEST), "old.md\n");
    HostileFiles.sparse(site.resolve("old.md"), HostileFiles.TWO_GB);
    List<String> removed = directory().write(Map.of("acme.md", PAGE), true);
    assertEquals(List.of(), removed, "no note found: not known to be errorcatalog's, so kept");
    assertTrue(asked.stream().allMatch(n -> n <= 1024 * 1024 + 1), "asked: " + asked);
  }

  @Test
  void aNamedPipeAsThePageFailsTheWriteInPlainWords() throws Exception {
    Path fifo = HostileFiles.fifo(site.resolve("acme.md"));
    IOException e = assertThrows(IOException.class, () -> directory().write(Map.of("acme.md", PAGE), true));
    assertEquals(fifo + " is a named pipe (FIFO), not a file", e.getMessage());
  }

  @Test
  void aNamedPipeAsTheManifestFailsTheWriteInPlainWords() throws Exception {
    Path fifo = HostileFiles.fifo(site.resolve(DocsDirectory.MANIFEST));
    IOException e = assertThrows(IOException.class, () -> directory().write(Map.of("acme.md", PAGE), true));
    assertEquals(fifo + " is a named pipe (FIFO), not a file", e.getMessage());
  }
}
