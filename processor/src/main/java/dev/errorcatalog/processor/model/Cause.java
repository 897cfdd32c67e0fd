package dev.errorcatalog.processor.model;

import java.util.Optional;

/**
 * One of several causes an entry's source lists ({@code causes:}), with what to do about that cause: GetResponse's
 * 1015 is a quota reached (wait) or a block only support removes (do not retry), and one piece of advice for both
 * would contradict one of them.
 *
 * @param cause what causes the response, in the API's words
 * @param fix what the reader should do in this case; empty when the entry's own fix covers it
 * @param retry the retry advice in this case, where it differs from the entry's; empty for the entry's own
 */
public record Cause(String cause, Optional<String> fix, Optional<RetryPolicy> retry, SourcePosition position) {}
