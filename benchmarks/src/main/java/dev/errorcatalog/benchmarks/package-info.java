/**
 * JMH benchmarks of the generated decoders. The catalogs below are generated into this package: the five
 * shipped ones (from {@code errorcatalog-catalog} on the class path), the two synthetic ones of the
 * scaling benchmark and the error styles of issue 34 ({@code src/main/resources/errorcatalog/bench-*.yaml}).
 */
@ErrorCatalog("insider-one")
@ErrorCatalog("insider-live-activities")
@ErrorCatalog("getresponse")
@ErrorCatalog("transformify")
@ErrorCatalog("pingback")
@ErrorCatalog("bench-10")
@ErrorCatalog("bench-5000")
@ErrorCatalog("bench-styles")
package dev.errorcatalog.benchmarks;

import dev.errorcatalog.ErrorCatalog;
