package dev.errorcatalog.maven;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.ErrorCatalogProcessor;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic.Kind;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the catalogs to read, the processor's options, and a build whose errors fail the goal.
 * Errors are not logged as they come: they are the failure's message, which Maven prints once, after the
 * reactor summary (among the last lines, also with {@code -q}). Warnings and notes go to the log; with
 * {@code <strict>} warnings are errors.
 */
abstract class CatalogMojo extends AbstractMojo {

  /** The catalog files, or folders whose {@code .yaml} and {@code .yml} files (below them too) are catalogs. */
  @Parameter(defaultValue = "${project.basedir}/src/main/resources/errorcatalog")
  private List<File> catalogs;

  /**
   * The processor's options, by name without {@code -A} (for example {@code <errorcatalog.docs.java>}); their
   * defaults are the processor's, so the pages are the build's.
   */
  @Parameter
  private Map<String, String> options;

  /**
   * The released catalog to compare with: a YAML file, a folder or the catalog jar of the previous release
   * (for example copied to {@code target/baseline} by {@code maven-dependency-plugin:copy}). A change that would
   * break a client built on it fails the goal, unless the catalog accepts it in a {@code changes:} record; the
   * pages get its Changes section. The same as the option {@code errorcatalog.baseline}.
   */
  @Parameter(property = "errorcatalog.baseline")
  private File baseline;

  /**
   * Makes warnings fail the goal, as errors do (the command line's {@code --strict}): for a catalog module whose
   * CI should keep every warning out, such as a {@code ' #'} that cuts a message.
   */
  @Parameter(property = "errorcatalog.strict", defaultValue = "false")
  private boolean strict;

  /** Skips the goal. */
  @Parameter(property = "errorcatalog.skip", defaultValue = "false")
  private boolean skip;

  /** Whether the goal needs the pages rendered. */
  abstract boolean rendersPages();

  /** Runs the goal's work on a build that has checked {@link #catalogs}. */
  abstract void after(CatalogFilesBuild build, CatalogFilesBuild.Outcome outcome) throws MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("errorcatalog: skipped");
      return;
    }
    Map<String, String> given = options == null ? new TreeMap<>() : new TreeMap<>(options);
    for (String name : given.keySet()) {
      if (!ErrorCatalogProcessor.OPTIONS.contains(name)) {
        throw new MojoExecutionException("errorcatalog: unknown option <" + name + ">; the processor's options are "
            + new TreeSet<>(ErrorCatalogProcessor.OPTIONS) + ".");
      }
    }
    if (baseline != null) {
      given.put(ErrorCatalogProcessor.OPTION_BASELINE, baseline.getAbsolutePath());
    }
    List<String> errors = new ArrayList<>();
    CatalogFilesBuild build = new CatalogFilesBuild(given, (kind, text, element) -> {
      if (kind == Kind.ERROR || (strict && (kind == Kind.WARNING || kind == Kind.MANDATORY_WARNING))) {
        errors.add(text);
      } else if (kind == Kind.WARNING || kind == Kind.MANDATORY_WARNING) {
        getLog().warn(text);
      } else {
        getLog().info(text);
      }
    });
    List<java.nio.file.Path> paths = catalogs.stream().map(File::toPath).toList();
    CatalogFilesBuild.Outcome outcome = rendersPages() ? build.run(paths) : build.check(paths);
    if (errors.isEmpty()) {
      after(build, outcome);
    }
    if (!errors.isEmpty()) {
      boolean warningsFail = strict && !outcome.failed() && outcome.warnings() > 0;
      String summary = outcome.failed() ? outcome.summary()
          : warningsFail ? outcome.summary() + " (<strict>: warnings fail)" : "";
      throw new MojoFailureException("\n" + String.join("\n", errors) + "\n" + summary + "\n");
    }
    getLog().info("errorcatalog: " + outcome.summary());
  }
}
