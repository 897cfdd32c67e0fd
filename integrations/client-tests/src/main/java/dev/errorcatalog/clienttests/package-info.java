/**
 * What the HTTP client adapters' tests share beyond the runtime's test kit: two shipped catalogs compiled
 * ({@code insider-live-activities}: codes, every retry class, bodiless responses; {@code getresponse}: numeric
 * codes, JSON bodies with fields) and {@link dev.errorcatalog.clienttests.DocumentedErrors}, every documented
 * error of theirs as the response a service sends and what a client must make of it.
 */
@ErrorCatalog("insider-live-activities")
@ErrorCatalog("getresponse")
package dev.errorcatalog.clienttests;

import dev.errorcatalog.ErrorCatalog;
