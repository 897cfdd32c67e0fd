package dev.errorcatalog.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcatalog.processor.locate.CatalogRequest;
import dev.errorcatalog.processor.locate.LocatedCatalog;
import dev.errorcatalog.processor.names.GeneratedNames;
import dev.errorcatalog.processor.output.OutputFile;
import dev.errorcatalog.processor.output.OutputFile.Kind;
import dev.errorcatalog.processor.output.OutputWriter;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The one pipeline: what each output yields, in which order, to the one writer; and what a file that cannot be
 * written does to its catalog (a source ends it, a resource is reported only), as the processor always did.
 */
class CatalogPipelineTest {

  private static final Path CATALOG = Path.of("src/test/resources/catalog-fixtures/pingback.yaml");

  private final List<String> messages = new ArrayList<>();
  private final Reporter reporter = new Reporter((kind, text, element) -> messages.add(kind + " " + text));
  private final CatalogSteps steps = new CatalogSteps(Map.of(), reporter);
  private final List<OutputFile> written = new ArrayList<>();

  private CatalogPipeline.Result runJavac(CatalogPipeline pipeline) {
    LocatedCatalog located = LocatedCatalog.read(CATALOG, CatalogSteps.MAX_CATALOG_BYTES);
    CatalogPipeline.Job job = new CatalogPipeline.Job(new CatalogRequest("pingback", "", ""), new TreeMap<>(),
        (catalog, found) -> {}, catalog -> new GeneratedNames("x", "Pingback"), null);
    return pipeline.run(Optional.of(located), job, new Diagnostics());
  }

  @Test
  void aJavacBuildWritesTheSourcesThenTheDocsPageThenTheBuildWideFiles() {
    CatalogPipeline pipeline = new CatalogPipeline(steps, reporter, Outputs.of(steps, true), written::add);

    assertTrue(runJavac(pipeline).built().isPresent(), messages::toString);
    assertTrue(pipeline.finish());

    List<String> files = written.stream().map(f -> f.kind() + " " + f.site() + " " + f.name() + " " + f.catalog())
        .toList();
    assertEquals(List.of(
        "SOURCE  x.PingbackError pingback",
        "SOURCE  x.PingbackException pingback"), files.subList(0, 2));
    assertEquals(List.of(
        "SOURCE  x.PingbackCatalog pingback",
        "RESOURCE  META-INF/errorcatalog/docs/pingback.md pingback",
        "PAGE errorcatalog.docs pingback.md pingback",
        "RESOURCE  META-INF/services/dev.errorcatalog.Catalog ",
        "RESOURCE  META-INF/errorcatalog/docs/index.md ",
        "PAGE errorcatalog.docs index.md "), files.subList(files.size() - 6, files.size()));
    assertEquals("x.PingbackCatalog\n", written.get(files.size() - 3).text());
    assertEquals(written.get(files.size() - 5).text(), written.get(files.size() - 4).text(),
        "the page in the class output is the site's");
    assertTrue(messages.isEmpty(), messages::toString);
  }

  @Test
  void aSourceThatCannotBeWrittenEndsItsCatalog() {
    OutputWriter failingSecondSource = file -> {
      if (file.kind() == Kind.SOURCE && written.stream().filter(f -> f.kind() == Kind.SOURCE).count() == 1) {
        throw new IOException("disk full");
      }
      written.add(file);
    };
    CatalogPipeline pipeline = new CatalogPipeline(steps, reporter, Outputs.of(steps, true), failingSecondSource);

    assertTrue(runJavac(pipeline).built().isEmpty());
    assertFalse(pipeline.finish(), "no catalog was built: no index, no services file");
    assertEquals(List.of("x.PingbackError"), written.stream().map(OutputFile::name).toList());
    assertEquals(List.of("ERROR errorcatalog: could not write x.PingbackException for catalog pingback: disk full"),
        messages);
  }

  @Test
  void aResourceThatCannotBeWrittenIsReportedAndTheBuildGoesOn() {
    OutputWriter failingResources = file -> {
      if (file.kind() == Kind.RESOURCE) {
        throw new IOException("read-only");
      }
      written.add(file);
    };
    CatalogPipeline pipeline = new CatalogPipeline(steps, reporter, Outputs.of(steps, true), failingResources);

    assertTrue(runJavac(pipeline).built().isPresent());
    assertTrue(pipeline.finish());
    assertEquals(List.of("pingback.md", "index.md"),
        written.stream().filter(f -> f.kind() == Kind.PAGE).map(OutputFile::name).toList());
    assertEquals(3, messages.size(), messages::toString);
    assertTrue(messages.get(0).startsWith("ERROR errorcatalog: could not write META-INF/errorcatalog/docs/pingback.md: "),
        messages::toString);
    assertTrue(reporter.anyError());
  }

  @Test
  void theWritersBuildMakesTheDocsOnly() {
    CatalogPipeline pipeline = new CatalogPipeline(steps, reporter, Outputs.of(steps, false), written::add);

    assertTrue(runJavac(pipeline).built().isPresent());
    assertTrue(pipeline.finish());
    assertEquals(List.of("META-INF/errorcatalog/docs/pingback.md", "pingback.md", "META-INF/errorcatalog/docs/index.md",
        "index.md"), written.stream().map(OutputFile::name).toList());
  }
}
