package dev.errorcatalog.processor.load;

import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.model.SourcePosition;
import dev.errorcatalog.processor.validate.Diagnostic;
import dev.errorcatalog.processor.validate.Diagnostics;
import java.util.stream.Collectors;

/**
 * Opens the loader's package-private {@link TemplateParser} to test fixtures in other packages, so models built
 * in test code parse their templates exactly as the loader does (no second, hand-written parser).
 */
public final class TestTemplates {

  private TestTemplates() {}

  /** The template as the loader parses it; a fixture with a malformed template fails loudly. */
  public static MessageTemplate parse(String source, SourcePosition at) {
    Diagnostics diagnostics = new Diagnostics();
    return TemplateParser.parse(source, at, "the test template \"" + source + "\"", diagnostics)
        .orElseThrow(() -> new IllegalArgumentException(diagnostics.sorted().stream().map(Diagnostic::render)
            .collect(Collectors.joining("\n"))));
  }
}
