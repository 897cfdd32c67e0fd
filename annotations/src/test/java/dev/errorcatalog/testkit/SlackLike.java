package dev.errorcatalog.testkit;

import dev.errorcatalog.CatalogError;
import dev.errorcatalog.CatalogException;
import dev.errorcatalog.DecodedError;
import dev.errorcatalog.ErrorDecoder;
import dev.errorcatalog.RetryClass;
import dev.errorcatalog.RetryParameters;
import dev.errorcatalog.runtime.CatalogCodec;
import dev.errorcatalog.runtime.Constant;
import dev.errorcatalog.runtime.EntryRow;
import dev.errorcatalog.runtime.ShapeRow;
import java.util.List;
import java.util.Map;

/**
 * A catalog that documents errors at a success status, as Slack answers {@code 200 {"ok": false, "error": ...}}
 * ({@code error: true} shapes), and a throttled error at {@code 200} too, for the adapters' tests of errors at a
 * success status: {@code {"ok": true}} ({@link Reply#OK}) is no error.
 */
public enum SlackLike implements CatalogError {
  OK(EntryRow.withoutCode(200).title("OK").shape(Shapes.OK).anchor("ok").build()),
  CHANNEL_NOT_FOUND(EntryRow.builder(200, "channel_not_found").title("Channel not found").shape(Shapes.ERROR)
      .anchor("channel_not_found").build()),
  RATELIMITED(EntryRow.builder(200, "ratelimited").title("Rate limited").shape(Shapes.ERROR)
      .retry(RetryClass.THROTTLED).attempts(3).anchor("ratelimited").build());

  /** The body of a documented error that is never retried. */
  public static final String CHANNEL_NOT_FOUND_BODY = "{\"ok\":false,\"error\":\"channel_not_found\"}";

  /** The body of a throttled error (3 attempts). */
  public static final String RATELIMITED_BODY = "{\"ok\":false,\"error\":\"ratelimited\"}";

  /** A success body with a field beyond {@code ok}: no error. */
  public static final String SUCCESS_BODY = "{\"ok\":true,\"channel\":\"C1\"}";

  /** {@code 200 {"ok": false, "error": "channel_not_found"}}: a documented error that is never retried. */
  public static final Reply CHANNEL_NOT_FOUND_REPLY = Reply.json(200, CHANNEL_NOT_FOUND_BODY);

  /** {@code 200 {"ok": false, "error": "ratelimited"}} with {@code Retry-After: 1}: throttled, retried. */
  public static final Reply RATELIMITED_REPLY = Reply.json(200, RATELIMITED_BODY).with("Retry-After", "1");

  private final EntryRow row;

  SlackLike(EntryRow row) {
    this.row = row;
  }

  static final class Shapes {
    static final ShapeRow ERROR = ShapeRow.json("slack-error").error().code("/error")
        .when(Constant.bool("/ok", false)).build();
    static final ShapeRow OK = ShapeRow.json("slack-ok").when(Constant.bool("/ok", true)).build();
  }

  @Override public String catalogId() { return "slack-like"; }
  @Override public int httpStatus() { return row.status(); }
  @Override public List<Integer> httpStatuses() { return row.statuses(); }
  @Override public boolean isSuccess() { return row.isSuccess(); }
  @Override public String code() { return row.code(); }
  @Override public String title() { return row.title(); }
  @Override public String messageTemplate() { return row.template().display(); }
  @Override public List<String> placeholders() { return row.template().placeholders(); }
  @Override public RetryClass retryClass() { return row.retryClass(); }
  @Override public RetryParameters retryParameters() { return row.retryParameters(); }
  @Override public String anchor() { return row.anchor(); }
  @Override public String format(Map<String, ?> args) { return row.template().format(args); }

  /** The catalog's exception. */
  public static final class SlackLikeException extends CatalogException {
    private static final long serialVersionUID = 1L;

    SlackLikeException(DecodedError<SlackLike> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), d.retryAfter().orElse(null),
          d.rawBody());
    }
  }

  private static final CatalogCodec<SlackLike> CODEC = CatalogCodec.of(List.of(Shapes.ERROR, Shapes.OK),
      List.of(values()), e -> e.row, SlackLikeException::new);

  /** The decoder as generated code writes it: {@code errorsAt} answered by the engine. */
  public static final ErrorDecoder<SlackLike> DECODER = new ErrorDecoder<>() {
    @Override
    public DecodedError<SlackLike> decode(int status, Map<String, List<String>> headers, byte[] body) {
      return CODEC.decode(status, headers, body);
    }

    @Override
    public boolean errorsAt(int status) {
      return CODEC.errorsAt(status);
    }
  };
}
