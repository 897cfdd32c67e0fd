package dev.errorcatalog.testkit;

import dev.errorcatalog.Catalog;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.CatalogCodec.Body;
import dev.errorcatalog.runtime.Constant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code decisions} catalog: its entries, and a decoder on the runtime's engine as generated code builds it. */
public final class DecisionCatalog implements Catalog<DecisionError> {

  /** The catalog id. */
  public static final String ID = "decisions";

  private static final String[] NO_FIELDS = {};

  /** The one instance. */
  public static final DecisionCatalog INSTANCE = new DecisionCatalog();

  private final CatalogCodec<DecisionError> codec = codec();
  private final ErrorDecoder<DecisionError> decoder = codec::decode;

  private DecisionCatalog() {}

  private static CatalogCodec<DecisionError> codec() {
    CatalogCodec.Builder<DecisionError> b = CatalogCodec.builder(DecisionException::from);
    int error = b.shape("error", Body.JSON, "/code", "/message", null, NO_FIELDS);
    int throttled = b.shape("throttled", Body.JSON, "/code", "/message", "/retryAfterSeconds", NO_FIELDS);
    int empty = b.shape("empty", Body.EMPTY, null, null, null, NO_FIELDS);
    for (DecisionError e : DecisionError.values()) {
      int shape = e == DecisionError.BUSY ? empty : e == DecisionError.RATE_LIMITED ? throttled : error;
      b.entry(e, e.httpStatus(), e.code(), shape, new Constant[0], e.messageTemplate());
    }
    return b.build();
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
