package dev.errorcatalog.maven;

import dev.errorcatalog.processor.CatalogFilesBuild;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code errorcatalog:docs}: checks the catalogs, then writes their pages and the index to
 * {@link #outputDirectory}, byte for byte as the processor's {@code -Aerrorcatalog.docs} does.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class DocsMojo extends CatalogMojo {

  /** The folder of the pages (a MkDocs {@code docs_dir}, for example). */
  @Parameter(property = "errorcatalog.docs", defaultValue = "${project.build.directory}/docs")
  private File outputDirectory;

  @Override
  boolean rendersPages() {
    return true;
  }

  @Override
  void after(CatalogFilesBuild build, CatalogFilesBuild.Outcome outcome) throws MojoFailureException {
    if (!build.writeDocs(outcome, outputDirectory.toPath())) {
      throw new MojoFailureException("errorcatalog: could not write the docs to " + outputDirectory);
    }
    getLog().info("errorcatalog: " + outcome.pages().size() + " pages in " + outputDirectory);
  }
}
