package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Endpoints that fail the way the Pingback API documents. */
final class PingbackService implements SampleService {

  @Override
  public String catalogId() {
    return "pingback";
  }

  @Override
  public void register(ErrorServer server) {
    route(server, "/pingback/deals/7", (method, body) -> {
      throw PingbackErrors.dealNotFound();
    });
    route(server, "/pingback/contacts", (method, body) -> {
      throw PingbackErrors.contactAlreadyExists();
    });
    route(server, "/pingback/pipelines", new Flaky(1,
        () -> PingbackErrors.tooManyRequests(Duration.ofSeconds(3)), Reply.json(200, "[]")));
  }

  private static void route(ErrorServer server, String path, ErrorServer.Endpoint endpoint) {
    server.route(path, PingbackException.class, e -> Reply.error(e, e.contentType(), e.body()), endpoint);
  }

  @Override
  public List<Call> tour() {
    return List.of(
        new Call("GET", "/pingback/deals/7", true, "no such deal"),
        new Call("POST", "/pingback/contacts", false, "the contact exists already"),
        new Call("GET", "/pingback/pipelines", true, "rate limited once: wait the server's hint"));
  }

  @Override
  public Reply documented(CatalogError entry, Map<String, ?> args) {
    PingbackError error = (PingbackError) entry;
    return new Reply(error.httpStatus(), PingbackEncoder.contentType(error),
        PingbackEncoder.encode(error, args, null), Optional.empty());
  }

  @Override
  public String explain(CatalogException failure) {
    PingbackException e = (PingbackException) failure;
    if (e instanceof PingbackConflictException conflict) {
      return "conflict, " + conflict.error().map(PingbackError::code).orElse("?") + ": look the contact up instead";
    }
    return e.error().map(PingbackError::code).orElse("undocumented") + ": \"" + e.getMessage() + "\"";
  }
}
