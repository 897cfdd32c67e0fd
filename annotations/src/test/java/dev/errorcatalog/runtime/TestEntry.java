package dev.errorcatalog.runtime;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.RetryClass;
import java.util.List;
import java.util.Map;

/** A hand-made catalog entry for engine tests (the generated enums play this part in real code). */
record TestEntry(int httpStatus, String code, String messageTemplate) implements CatalogError {

  static final class TestException extends CatalogException {
    private static final long serialVersionUID = 1L;

    TestException(DecodedError<TestEntry> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), d.retryAfter().orElse(null),
          d.rawBody());
    }
  }

  @Override
  public String catalogId() {
    return "test";
  }

  @Override
  public String title() {
    return code;
  }

  @Override
  public List<String> placeholders() {
    return Template.compile(messageTemplate).placeholders();
  }

  @Override
  public RetryClass retryClass() {
    return RetryClass.NEVER;
  }

  @Override
  public String anchor() {
    return code.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public String format(Map<String, ?> args) {
    return Template.compile(messageTemplate).format(args);
  }

  @Override
  public String toString() {
    return code;
  }
}
