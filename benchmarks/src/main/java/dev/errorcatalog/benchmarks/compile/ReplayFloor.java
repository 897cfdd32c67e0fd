package dev.errorcatalog.benchmarks.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The floor of any rebuild that writes its files through javac's {@code Filer}: a processor that does nothing but
 * write, on the first round with a catalog annotation, the sources under {@code -Afloor.sources} and the
 * resources (every file but {@code .class}) under {@code -Afloor.resources}, read from disk as a cache is.
 *
 * <p>{@code benchmarks/compile-ratio.sh} times it beside the real processor's rebuild: whatever javac does for a
 * processor that writes sources (another round that enters every tree again, {@code createSourceFile}'s check
 * that no type of that name exists in any module, the sources parsed from the Filer's files) is in this floor,
 * and no cache can go below it. Named with {@code -processor}; not registered as a service.
 */
@SupportedAnnotationTypes({"dev.errorcatalog.ErrorCatalog", "dev.errorcatalog.ErrorCatalog.List",
    "javax.annotation.processing.Generated"})
@SupportedOptions({"floor.sources", "floor.resources"})
public final class ReplayFloor extends AbstractProcessor {

  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || annotations.isEmpty()) {
      return false;
    }
    written = true;
    try {
      Path sources = Path.of(processingEnv.getOptions().get("floor.sources"));
      for (Path file : files(sources)) {
        String relative = sources.relativize(file).toString();
        String type = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        try (Writer out = processingEnv.getFiler().createSourceFile(type).openWriter()) {
          out.write(Files.readString(file));
        }
      }
      Path resources = Path.of(processingEnv.getOptions().get("floor.resources"));
      for (Path file : files(resources)) {
        if (!file.toString().endsWith(".class")) {
          String relative = resources.relativize(file).toString();
          try (OutputStream out = processingEnv.getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", relative).openOutputStream()) {
            out.write(Files.readAllBytes(file));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
