package dev.errorcatalog.processor.check;

import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.processor.model.Entry;
import dev.errorcatalog.processor.model.MessageTemplate;
import dev.errorcatalog.processor.tables.CatalogTables;
import dev.errorcatalog.runtime.CatalogCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime engine over a catalog's rows, answering in model entries: what a client built on that catalog
 * would decode a body to, and the body its encoder writes. The baseline check runs the released catalog's
 * bodies through the new catalog's engine with it.
 */
public final class ModelEngine {

  private final String catalogId;
  private final CatalogCodec<ModelEntry> codec;

  private ModelEngine(CatalogTables tables) {
    this.catalogId = tables.catalog().id();
    this.codec = tables.engine(e -> new ModelEntry(tables.catalog().id(), e), EngineException::new);
  }

  /** The engine over {@code tables}. */
  public static ModelEngine of(CatalogTables tables) {
    return new ModelEngine(tables);
  }

  /** Stands in for the catalog's exception: the engine never raises it here. */
  private static final class EngineException extends CatalogException {
    private static final long serialVersionUID = 1L;

    EngineException(DecodedError<ModelEntry> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), null, null);
    }
  }

  /** The entry a response with this status and body decodes to, if any. */
  public Optional<Entry> decode(int status, String body) {
    return codec.decode(status, Map.of(), body.getBytes(StandardCharsets.UTF_8)).entry().map(ModelEntry::entry);
  }

  /**
   * The bodies a client may have seen for {@code entry}: its examples, then the body its encoder writes with
   * sample arguments (each placeholder a value of its type). {@code entry} must be an entry of this engine's
   * catalog.
   */
  public List<String> bodies(Entry entry) {
    List<String> out = new ArrayList<>();
    entry.examples().forEach(e -> out.add(e.body()));
    Map<String, Object> args = new LinkedHashMap<>();
    for (MessageTemplate.Placeholder p : entry.arguments()) {
      args.put(p.name(), switch (p.type()) {
        case STRING -> "sample-" + p.name();
        case INT -> 7L;
        case NUMBER -> new BigDecimal("2.5");
        case BOOL -> Boolean.TRUE;
      });
    }
    String encoded = codec.encode(new ModelEntry(catalogId, entry), args, null);
    if (!out.contains(encoded)) {
      out.add(encoded);
    }
    return out;
  }
}
