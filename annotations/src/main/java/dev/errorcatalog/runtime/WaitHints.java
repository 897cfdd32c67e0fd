package dev.errorcatalog.runtime;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The decoder's step that finds a response's wait ({@link dev.errorcatalog.DecodedError#retryAfter()}). */
final class WaitHints {

  private WaitHints() {}

  /**
   * The wait: the {@code Retry-After} header (RFC 9110); else the matched entry's declared wait hints in order; else
   * the matched entry's shape's {@code retry-after} field; else that of any shape ({@code anySlots}).
   */
  static Duration of(ResponseHeaders headers, Map<String, List<String>> all, BodyValues values,
      CodecEntry<?> matched, int[] anySlots, Clock clock) {
    // The clock is read only for an HTTP-date header: most responses carry no Retry-After at all.
    String value = headers.retryAfter();
    Duration header = value == null ? null : RetryAfter.parseHeader(value, clock);
    if (header != null) {
      return header;
    }
    if (matched != null) {
      Duration declared = declared(all, values, matched, clock);
      if (declared != null) {
        return declared;
      }
      if (matched.shape.retryAfterSlot >= 0) {
        Duration d = RetryAfter.parseSeconds(values.scalar(matched.shape.retryAfterSlot));
        if (d != null) {
          return d;
        }
      }
    }
    for (int slot : anySlots) {
      Duration d = RetryAfter.parseSeconds(values.scalar(slot));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The first of the entry's declared wait hints (headers or body fields, each with its unit) the response has. */
  private static Duration declared(Map<String, List<String>> all, BodyValues values, CodecEntry<?> matched,
      Clock clock) {
    WaitSource[] waits = matched.waits;
    for (int i = 0; i < waits.length; i++) {
      String text = waits[i].header() ? ResponseHeaders.find(all, waits[i].name())
          : matched.waitSlots[i] < 0 ? null : waitField(values, matched.waitSlots[i]);
      Duration d = RetryAfter.parse(text, waits[i].unit(), clock);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * A wait field's value: through an array of its own ({@code /error/details/*}{@code /retryDelay}), the first
   * element that has one (Google's {@code RetryInfo} at any position of {@code details[]}).
   */
  private static String waitField(BodyValues values, int slot) {
    if (!values.perElement(slot)) {
      return values.scalar(slot);
    }
    return values.listValue(slot, 0);
  }
}
