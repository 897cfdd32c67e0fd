package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogException;
import java.util.List;

/** The part of the sample server that speaks one catalog: its endpoints and the tour's calls to them. */
interface SampleService {

  /** One scripted call of the tour. */
  record Call(String method, String path, boolean idempotent, String what) {}

  /** The catalog id, e.g. {@code insider-one}. */
  String catalogId();

  /** Adds this service's endpoints to the server. */
  void register(ErrorServer server);

  /** The calls the tour makes, in order. */
  List<Call> tour();

  /**
   * The documented answer of an entry of this catalog, rendered by its generated encoder (for tests that
   * send every documented error through the server).
   */
  Reply documented(dev.errorcatalog.CatalogError entry, java.util.Map<String, ?> args);

  /** What the client's code makes of the typed exception it caught (each service shows its catalog's types). */
  String explain(CatalogException failure);
}
