package dev.errorcatalog.sample;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Endpoints that fail the way Insider One Live Activities documents. */
final class InsiderLiveActivitiesService implements SampleService {

  @Override
  public String catalogId() {
    return "insider-live-activities";
  }

  @Override
  public void register(ErrorServer server) {
    route(server, "/insider-live-activities/register", (method, body) -> {
      throw InsiderLiveActivitiesErrors.endsAtTooSoon();
    });
    route(server, "/insider-live-activities/update", new Flaky(1,
        InsiderLiveActivitiesErrors::pushTokenNotSynced, Reply.json(200, "{\"updated\":true}")));
    route(server, "/insider-live-activities/start", (method, body) -> {
      throw InsiderLiveActivitiesErrors.upstreamUnavailable();
    });
    route(server, "/insider-live-activities/activities", new Flaky(2,
        InsiderLiveActivitiesErrors::rateLimited, Reply.json(200, "{\"activities\":[]}")));
  }

  private static void route(ErrorServer server, String path, ErrorServer.Endpoint endpoint) {
    server.route(path, InsiderLiveActivitiesException.class, e -> Reply.error(e, e.contentType(), e.body()), endpoint);
  }

  @Override
  public List<Call> tour() {
    return List.of(
        new Call("POST", "/insider-live-activities/register", false, "ends_at too soon: fix the request"),
        new Call("POST", "/insider-live-activities/update", false, "token not synced yet: wait, then retry"),
        new Call("POST", "/insider-live-activities/start", false, "502 on a non-idempotent call: do not retry"),
        new Call("GET", "/insider-live-activities/activities", true, "429 without a body: back off"));
  }

  @Override
  public Reply documented(CatalogError entry, Map<String, ?> args) {
    InsiderLiveActivitiesError error = (InsiderLiveActivitiesError) entry;
    return new Reply(error.httpStatus(), InsiderLiveActivitiesEncoder.contentType(error),
        InsiderLiveActivitiesEncoder.encode(error, args, null), Optional.empty());
  }

  @Override
  public String explain(CatalogException failure) {
    InsiderLiveActivitiesException e = (InsiderLiveActivitiesException) failure;
    if (e instanceof InsiderLiveActivitiesBadGatewayException) {
      return "UPSTREAM_UNAVAILABLE: check the activity's state before calling /start again";
    }
    return e.error().map(InsiderLiveActivitiesError::code).orElse("undocumented") + ": \"" + e.getMessage() + "\"";
  }
}
