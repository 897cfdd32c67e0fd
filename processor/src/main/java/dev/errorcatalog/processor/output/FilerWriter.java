package dev.errorcatalog.processor.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes sources and class-output resources through javac's {@link Filer}, each with the element whose
 * {@code @ErrorCatalog} it was generated for as its originating element (incremental builds use it); a file
 * of the whole build has none.
 */
public final class FilerWriter implements OutputWriter {

  private final Filer filer;
  private final Map<String, Element> origins;

  /**
   * @param origins the annotated element of each catalog, by id, as the caller learns them: read at each
   *     write, so it may be filled after this writer is made
   */
  public FilerWriter(Filer filer, Map<String, Element> origins) {
    this.filer = filer;
    this.origins = origins;
  }

  @Override
  public void write(OutputFile file) throws IOException {
    Element[] originating = originating(file);
    FileObject object = switch (file.kind()) {
      case SOURCE -> filer.createSourceFile(file.name(), originating);
      case RESOURCE -> filer.createResource(StandardLocation.CLASS_OUTPUT, "", file.name(), originating);
      case PAGE -> throw new IllegalArgumentException("a page goes to a directory, not the class output: " + file.name());
    };
    try (Writer out = object.openWriter()) {
      out.write(file.text());
    }
  }

  private Element[] originating(OutputFile file) {
    Element element = file.isBuildWide() ? null : origins.get(file.catalog());
    return element == null ? new Element[0] : new Element[] {element};
  }
}
