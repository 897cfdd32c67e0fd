package dev.errorcatalog.maven;

import dev.errorcatalog.processor.CatalogFilesBuild;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code errorcatalog:check}: every diagnostic of the catalogs, as the processor reports them; fails the build
 * on an error. Bound by default to {@code validate}, the first phase: a writer's mistake stops the build before
 * anything is compiled or tested.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends CatalogMojo {

  @Override
  boolean rendersPages() {
    return false;
  }

  @Override
  void after(CatalogFilesBuild build, CatalogFilesBuild.Outcome outcome) {
    // Checking is all: the diagnostics are reported.
  }
}
