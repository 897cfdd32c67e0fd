package dev.errorcatalog.maven;

import dev.errorcatalog.processor.CatalogFilesBuild;
import dev.errorcatalog.processor.OpenApiCheck;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code errorcatalog:check}: every diagnostic of the catalogs, as the processor reports them; fails the build
 * on an error. Bound by default to {@code validate}, the first phase: a writer's mistake stops the build before
 * anything is compiled or tested.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends CatalogMojo {

  /**
   * The service's OpenAPI document (3.0 or 3.1, JSON or YAML) to compare the catalogs with, as the command line's
   * {@code check --openapi SPEC}: each error response it documents needs an entry, and each entry a response, by
   * status and, where the entry lists {@code endpoints:}, by operation. Mismatches are warnings (EC062 to EC064)
   * unless {@link #failOnOpenApiMismatch}.
   */
  @Parameter(property = "errorcatalog.openapi")
  private File openapi;

  /** Makes the mismatches with {@link #openapi} errors, which fail the build, instead of warnings. */
  @Parameter(property = "errorcatalog.failOnOpenApiMismatch", defaultValue = "false")
  private boolean failOnOpenApiMismatch;

  @Override
  boolean rendersPages() {
    return false;
  }

  @Override
  void after(CatalogFilesBuild build, CatalogFilesBuild.Outcome outcome) {
    // Checking is all (the diagnostics are reported), and the comparison with the OpenAPI document if one is named.
    if (openapi != null) {
      OpenApiCheck.Counts agreement = build.agreeWithOpenApi(openapi.toPath(), failOnOpenApiMismatch);
      getLog().info("errorcatalog: " + agreement.summary());
    }
  }
}
