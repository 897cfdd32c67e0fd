package dev.errorcatalog.okhttp;

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
 * A catalog that documents errors at {@code 200} (Slack's {@code {"ok": false, "error": ...}}, an entry with
 * {@code error: true} in FORMAT.md's terms), built on the runtime's engine as generated code builds it.
 */
enum SlackLike implements CatalogError {
  OK(EntryRow.withoutCode(200).title("OK").shape(Shapes.OK).anchor("ok").build()),
  CHANNEL_NOT_FOUND(EntryRow.builder(200, "channel_not_found").title("Channel not found").shape(Shapes.ERROR)
      .anchor("channel_not_found").build()),
  RATE_LIMITED(EntryRow.builder(200, "ratelimited").title("Rate limited").shape(Shapes.ERROR)
      .retry(RetryClass.THROTTLED).attempts(3).anchor("ratelimited").build());

  static final String NOT_FOUND = "{\"ok\":false,\"error\":\"channel_not_found\"}";
  static final String LIMITED = "{\"ok\":false,\"error\":\"ratelimited\"}";
  static final String FINE = "{\"ok\":true,\"channel\":\"C1\"}";

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
  static final class SlackLikeException extends CatalogException {
    private static final long serialVersionUID = 1L;

    SlackLikeException(DecodedError<SlackLike> d) {
      super(d.entry().orElse(null), d.status(), d.message().orElse(""), d.args(), d.retryAfter().orElse(null),
          d.rawBody());
    }
  }

  private static final CatalogCodec<SlackLike> CODEC = CatalogCodec.of(List.of(Shapes.ERROR, Shapes.OK),
      List.of(values()), e -> e.row, SlackLikeException::new);

  /** The decoder as generated code writes it: {@code errorsAt} answered by the engine. */
  static final ErrorDecoder<SlackLike> DECODER = new ErrorDecoder<>() {
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
