package dev.errorcatalog.testkit;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.EntryRow;
import dev.errorcatalog.runtime.ShapeRow;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code decisions} catalog: its entries, and a decoder on the runtime's engine as generated code builds it. */
public final class DecisionCatalog implements Catalog<DecisionError> {

  /** The catalog id. */
  public static final String ID = "decisions";

  /** The one instance. */
  public static final DecisionCatalog INSTANCE = new DecisionCatalog();

  private final CatalogCodec<DecisionError> codec = codec();
  private final ErrorDecoder<DecisionError> decoder = codec::decode;

  private DecisionCatalog() {}

  private static CatalogCodec<DecisionError> codec() {
    ShapeRow error = ShapeRow.json("error").code("/code").message("/message").build();
    ShapeRow throttled = ShapeRow.json("throttled").code("/code").message("/message")
        .retryAfter("/retryAfterSeconds").build();
    ShapeRow empty = ShapeRow.empty("empty").build();
    Map<DecisionError, EntryRow> rows = new EnumMap<>(DecisionError.class);
    for (DecisionError e : DecisionError.values()) {
      ShapeRow shape = e == DecisionError.BUSY ? empty : e == DecisionError.RATE_LIMITED ? throttled : error;
      EntryRow.Builder row = EntryRow.builder(e.httpStatus(), e.code()).title(e.title()).shape(shape);
      if (!e.messageTemplate().isEmpty()) {
        row.message(e.messageTemplate());
      }
      rows.put(e, row.build());
    }
    return CatalogCodec.of(List.of(error, throttled, empty), Arrays.asList(DecisionError.values()), rows::get,
        DecisionException::from);
  }

  /** The engine, for tests that need its encoder. */
  public CatalogCodec<DecisionError> codecForTests() {
    return codec;
  }

  @Override public String id() { return ID; }
  @Override public String title() { return "Decision table"; }
  @Override public List<DecisionError> entries() { return Arrays.asList(DecisionError.values()); }

  @Override
  public Optional<DecisionError> byCode(String code) {
    return entries().stream().filter(e -> e.code().equals(code)).findFirst();
  }

  @Override
  public ErrorDecoder<DecisionError> decoder() {
    return decoder;
  }
}
