package dev.errorcatalog.processor.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The writers every output goes to: routed by kind and site, kept in memory, a directory written as a set. */
class OutputWritersTest {

  private static final OutputFile SOURCE = OutputFile.source("x.AcmeError", "enum AcmeError {}", "acme");
  private static final OutputFile RESOURCE = OutputFile.resource("META-INF/x", "x\n", "");
  private static final OutputFile DOCS_PAGE = OutputFile.page("errorcatalog.docs", "acme.md", "# Acme\n", "acme");
  private static final OutputFile OTHER_PAGE = OutputFile.page("errorcatalog.other", "other.json", "{}", "");

  @Test
  void sourcesAndResourcesGoToTheClassOutputPagesToTheirSiteOrNowhere() throws IOException {
    MemoryWriter classOutput = new MemoryWriter();
    MemoryWriter docs = new MemoryWriter();
    OutputWriter routing = new RoutingWriter(classOutput, Map.of("errorcatalog.docs", docs));
    for (OutputFile file : List.of(SOURCE, DOCS_PAGE, RESOURCE, OTHER_PAGE)) {
      routing.write(file);
    }
    assertEquals(List.of(SOURCE, RESOURCE), classOutput.files());
    assertEquals(List.of(DOCS_PAGE), docs.files());
  }

  @Test
  void memoryGivesTheSitesPagesSortedByName() {
    MemoryWriter memory = new MemoryWriter();
    memory.write(OutputFile.page("errorcatalog.docs", "index.md", "index", ""));
    memory.write(DOCS_PAGE);
    memory.write(OTHER_PAGE);
    memory.write(RESOURCE);
    assertEquals(List.of("acme.md", "index.md"), List.copyOf(memory.pages("errorcatalog.docs").keySet()));
    assertEquals(Map.of("other.json", "{}"), memory.pages("errorcatalog.other"));
  }

  @Test
  void aDirectoryIsWrittenAsOneSetWhenCommitted() throws IOException {
    List<String> calls = new ArrayList<>();
    DirectoryWriter dir = new DirectoryWriter("site", (path, pages, removeStale) -> {
      calls.add(path + " " + pages + " " + removeStale);
      return List.of("gone.md");
    });
    dir.write(OutputFile.page("errorcatalog.docs", "index.md", "i", ""));
    dir.write(DOCS_PAGE);
    assertEquals(List.of(), calls, "nothing is written before the set is whole");
    assertEquals(List.of("gone.md"), dir.commit(false));
    assertEquals(List.of("site {acme.md=# Acme\n, index.md=i} false"), calls);
    assertEquals(Path.of("site"), dir.dir());
    assertThrows(IllegalArgumentException.class, () -> dir.write(SOURCE));
  }
}
