package dev.errorcatalog.testkit;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import dev.errorcatalog.runtime.Template;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The entries of the decision table's catalog ({@code decisions}): one per retry class, some with documented
 * parameters, written by hand as the processor would generate them. Bodies are {@code {"code": ..., "message":
 * ...}} (with {@code retryAfterSeconds} for {@link #RATE_LIMITED}); {@link #BUSY} has no body.
 */
public enum DecisionError implements CatalogError {
  INVALID_ORDER(400, "Order is invalid", "Order {orderId:int} is invalid", RetryClass.NEVER, RetryParameters.NONE),
  KEY_EXPIRED(401, "API key expired", "API key expired", RetryClass.AFTER_ACTION, RetryParameters.NONE),
  INDEX_REBUILDING(409, "Index is rebuilding", "index {index} is rebuilding", RetryClass.DELAYED,
      RetryParameters.of(Duration.ofSeconds(2), null, 10, Duration.ofSeconds(5))),
  TOKEN_NOT_SYNCED(412, "Token not synced yet", "token not synced yet", RetryClass.DELAYED,
      RetryParameters.of(Duration.ofSeconds(2), null, null, null)),
  RATE_LIMITED(429, "Too many requests", "slow down", RetryClass.THROTTLED, RetryParameters.of(null, null, 3, null)),
  UPSTREAM_FAILED(502, "Upstream failed", "upstream {upstream} failed", RetryClass.IDEMPOTENT_ONLY,
      RetryParameters.of(Duration.ofMillis(100), null, null, null)),
  BUSY(503, "Service busy", "", RetryClass.BACKOFF,
      RetryParameters.of(Duration.ofMillis(100), Duration.ofMillis(200), 4, null));

  private final int status;
  private final String title;
  private final Template template;
  private final RetryClass retryClass;
  private final RetryParameters retryParameters;

  DecisionError(int status, String title, String template, RetryClass retryClass, RetryParameters retryParameters) {
    this.status = status;
    this.title = title;
    this.template = Template.compile(template);
    this.retryClass = retryClass;
    this.retryParameters = retryParameters;
  }

  @Override public String catalogId() { return DecisionCatalog.ID; }
  @Override public int httpStatus() { return status; }
  @Override public String code() { return name(); }
  @Override public String title() { return title; }
  @Override public String messageTemplate() { return template.source(); }
  @Override public List<String> placeholders() { return template.placeholders(); }
  @Override public RetryClass retryClass() { return retryClass; }
  @Override public RetryParameters retryParameters() { return retryParameters; }
  @Override public String anchor() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
  @Override public String format(Map<String, ?> args) { return template.format(args); }
}
