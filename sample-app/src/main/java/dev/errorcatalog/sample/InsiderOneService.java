package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Endpoints that fail the way the Insider One API documents. */
final class InsiderOneService implements SampleService {

  @Override
  public String catalogId() {
    return "insider-one";
  }

  @Override
  public void register(ErrorServer server) {
    route(server, "/insider-one/reports", (method, body) -> {
      throw InsiderOneErrors.dateRangeTooLong(90);
    });
    route(server, "/insider-one/users", new Flaky(2,
        () -> InsiderOneErrors.tooManyRequests(Duration.ofSeconds(2)), Reply.json(200, "{\"data\":{\"successful\":{\"count\":1}}}")));
    route(server, "/insider-one/status", (method, body) -> {
      throw InsiderOneErrors.serviceUnavailable();
    });
    // Not a generated error: a proxy in front of the service answers with something the catalog never saw.
    route(server, "/insider-one/teapot", (method, body) ->
        new Reply(418, "text/html", "<html><body>I'm a teapot</body></html>", Optional.empty()));
  }

  private static void route(ErrorServer server, String path, ErrorServer.Endpoint endpoint) {
    server.route(path, InsiderOneException.class, e -> Reply.error(e, e.contentType(), e.body()), endpoint);
  }

  @Override
  public List<Call> tour() {
    return List.of(
        new Call("POST", "/insider-one/reports", false, "a date range too long: fix the request"),
        new Call("POST", "/insider-one/users", false, "rate limited twice: wait the server's Retry-After"),
        new Call("GET", "/insider-one/status", true, "always 503: back off until the attempts run out"),
        new Call("GET", "/insider-one/teapot", true, "a response the catalog does not document"));
  }

  @Override
  public Reply documented(CatalogError entry, Map<String, ?> args) {
    InsiderOneError error = (InsiderOneError) entry;
    return new Reply(error.httpStatus(), InsiderOneEncoder.contentType(error),
        InsiderOneEncoder.encode(error, args, null), Optional.empty());
  }

  @Override
  public String explain(CatalogException failure) {
    InsiderOneException e = (InsiderOneException) failure;
    if (e instanceof InsiderOneResponseException) {
      return "status " + e.status() + ", not in the catalog; raw body kept (" + e.rawBody().length + " bytes)";
    }
    InsiderOneError error = e.error().orElseThrow();
    return error.name() + ", args " + e.args() + ": \"" + e.getMessage() + "\"";
  }
}
