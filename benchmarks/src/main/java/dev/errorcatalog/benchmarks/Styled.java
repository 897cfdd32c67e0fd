package dev.errorcatalog.benchmarks;

import java.util.List;

/**
 * One body of an error style, and what the decoder makes of it beyond its {@link Body}: the entry by name (a
 * refinement's code is its parent's), whether the response is an error ({@code DecodedError.isError()}), and how
 * many errors it carries ({@code errors().size()}).
 */
record Styled(String style, Body body, String entryName, boolean error, int errors) {

  /**
   * The bodies of {@code bench-styles}, by style (see {@link Fixtures#STYLES}); shapes and bodies follow the
   * public-API test catalogs (Stripe, Google AIP-193, GitHub REST, a GraphQL server, Slack's Web API).
   */
  static List<Styled> all() {
    String stripe = "{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"decline_code\": \"%s\","
        + " \"message\": \"%s\", \"param\": \"\", \"charge\": \"ch_3MmlLrLkdIwHu7ix0snN0B15\","
        + " \"doc_url\": \"https://stripe.com/docs/error-codes/card-declined\","
        + " \"request_log_url\": \"https://dashboard.stripe.com/test/logs/req_kN3bKCBkE4pQwe?t=1679513813\"}}";
    String secondary = "{\"message\": \"You have exceeded a secondary rate limit. Please wait a few minutes before you"
        + " try again.\", \"documentation_url\": \"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}";
    return List.of(
        new Styled("subcode", Body.code("Stripe: code and a documented decline code", 402,
            stripe.formatted("insufficient_funds", "Your card has insufficient funds."), "card_declined"),
            "CARD_DECLINED_INSUFFICIENT_FUNDS", true, 1),
        new Styled("subcode", Body.code("Stripe: code and an undocumented decline code (the parent)", 402,
            stripe.formatted("do_not_honor", "Your card was declined."), "card_declined"),
            "CARD_DECLINED", true, 1),
        new Styled("subcode", Body.code("Google: status and the ErrorInfo reason at details[1]", 429,
            "{\"error\": {\"code\": 429, \"message\": \"Quota exceeded for quota metric 'Queries' and limit"
                + " 'Queries per minute' of service 'compute.googleapis.com' for consumer 'project_number:123456'.\","
                + " \"status\": \"RESOURCE_EXHAUSTED\", \"details\": [{\"@type\": \"type.googleapis.com/google.rpc.Help\","
                + " \"links\": [{\"description\": \"Request a higher quota limit.\","
                + " \"url\": \"https://cloud.google.com/docs/quotas/help/request_increase\"}]},"
                + " {\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"RATE_LIMIT_EXCEEDED\","
                + " \"domain\": \"googleapis.com\", \"metadata\": {\"service\": \"compute.googleapis.com\","
                + " \"consumer\": \"projects/123456\"}}]}}",
            "RESOURCE_EXHAUSTED"),
            "RESOURCE_EXHAUSTED_RATE_LIMIT_EXCEEDED", true, 1),
        new Styled("array", Body.code("GitHub 422: one error", 422,
            "{\"message\": \"Validation Failed\", \"errors\": [{\"resource\": \"Issue\", \"field\": \"title\","
                + " \"code\": \"missing_field\"}],"
                + " \"documentation_url\": \"https://docs.github.com/rest/issues/issues#create-an-issue\"}",
            "missing_field"),
            "MISSING_FIELD", true, 1),
        new Styled("array", Body.code("GraphQL: three errors", 400,
            "{\"errors\": [{\"message\": \"Cannot query field \\\"nme\\\" on type \\\"User\\\".\","
                + " \"locations\": [{\"line\": 3, \"column\": 5}],"
                + " \"extensions\": {\"code\": \"GRAPHQL_VALIDATION_FAILED\"}},"
                + " {\"message\": \"Cannot query field \\\"emial\\\" on type \\\"User\\\".\","
                + " \"locations\": [{\"line\": 4, \"column\": 5}],"
                + " \"extensions\": {\"code\": \"GRAPHQL_VALIDATION_FAILED\"}},"
                + " {\"message\": \"Variable \\\"$id\\\" got invalid value \\\"abc\\\"; Int cannot represent"
                + " non-integer value: \\\"abc\\\"\", \"locations\": [{\"line\": 1, \"column\": 10}],"
                + " \"extensions\": {\"code\": \"BAD_USER_INPUT\"}}], \"data\": null}",
            "GRAPHQL_VALIDATION_FAILED"),
            "GRAPHQL_VALIDATION_FAILED", true, 3),
        new Styled("success-error", Body.code("Slack: {\"ok\": false} at 200", 200,
            "{\"ok\": false, \"error\": \"channel_not_found\"}", "channel_not_found"),
            "CHANNEL_NOT_FOUND", true, 1),
        new Styled("success-error", Body.code("Slack: at 200 with a list field", 200,
            "{\"ok\": false, \"error\": \"invalid_arguments\", \"response_metadata\": {\"messages\":"
                + " [\"[ERROR] missing required field: channel\", \"[ERROR] missing required field: text\"]}}",
            "invalid_arguments"),
            "INVALID_ARGUMENTS", true, 1),
        new Styled("success-error", Body.undocumented("Slack: an undocumented code at 200, an error by its constants",
            200, "{\"ok\": false, \"error\": \"some_new_error\"}"),
            null, true, 0),
        new Styled("success", Body.message("Slack: {\"ok\": true} at 200", 200,
            "{\"ok\": true, \"channel\": \"C1H9RESGL\", \"ts\": \"1503435956.000247\"}", "OK"),
            "OK", false, 1),
        new Styled("success", Body.message("Slack: {\"ok\": true} with a warning", 200,
            "{\"ok\": true, \"warning\": \"superfluous_charset\", \"response_metadata\": {\"warnings\":"
                + " [\"superfluous_charset\"]}}", "OK"),
            "OK", false, 1),
        new Styled("statuses", Body.message("GitHub secondary rate limit at 403", 403, secondary, "SECONDARY_RATE_LIMIT"),
            "SECONDARY_RATE_LIMIT", true, 1),
        new Styled("statuses", Body.message("GitHub secondary rate limit at 429", 429, secondary, "SECONDARY_RATE_LIMIT"),
            "SECONDARY_RATE_LIMIT", true, 1));
  }
}
