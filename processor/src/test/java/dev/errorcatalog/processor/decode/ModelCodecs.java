package dev.errorcatalog.processor.decode;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.processor.model.CatalogModel;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Template;
import java.util.List;
import java.util.Map;

/** The runtime engine over a model's tables (the ones the generated decoder holds), for tests. */
final class ModelCodecs {

  private ModelCodecs() {}

  /** A model entry as a catalog error. */
  record Err(Entry entry) implements CatalogError {
    @Override public String catalogId() {
      return "test";
    }

    @Override public int httpStatus() {
      return entry.status();
    }

    @Override public String code() {
      return entry.code();
    }

    @Override public String title() {
      return entry.title();
    }

    @Override public String messageTemplate() {
      return entry.messageTemplate();
    }

    @Override public List<String> placeholders() {
      return template().placeholders();
    }

    @Override public RetryClass retryClass() {
      return entry.retry().retryClass();
    }

    @Override public String anchor() {
      return entry.anchor();
    }

    @Override public String format(Map<String, ?> args) {
      return template().format(args);
    }

    Template template() {
      return entry.message().map(MessageTemplate::runtime).orElse(Template.empty());
    }
  }

  static final class Ex extends CatalogException {
    private static final long serialVersionUID = 1L;

    Ex(DecodedError<Err> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), d.retryAfter().orElse(null),
          d.rawBody());
    }
  }

  static CatalogCodec<Err> of(CatalogModel catalog) {
    return CatalogTables.of(catalog).engine(Err::new, Ex::new);
  }
}
