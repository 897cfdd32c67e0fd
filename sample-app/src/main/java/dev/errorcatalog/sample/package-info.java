/**
 * A consuming project: a small HTTP service that throws the generated exceptions of the five shipped
 * catalogs and answers with their documented bodies, and a client that decodes the responses back into
 * typed errors and retries as {@link dev.errorcatalog.RetryAdvisor} advises. {@link dev.errorcatalog.sample.Tour}
 * walks through it.
 *
 * <p>The catalogs come from the {@code errorcatalog-catalog} jar, a plain dependency of this module: a change
 * to one of them makes Maven recompile this module, and the processor regenerates the code and the docs.
 */
@ErrorCatalog("insider-one")
@ErrorCatalog("insider-live-activities")
@ErrorCatalog("getresponse")
@ErrorCatalog("transformify")
@ErrorCatalog("pingback")
package dev.errorcatalog.sample;

import dev.errorcatalog.ErrorCatalog;
