/**
 * JMH benchmarks of the Spring starter's server path against a hand-written {@code @ExceptionHandler}, on two
 * shipped catalogs.
 */
@ErrorCatalog("pingback")
@ErrorCatalog("getresponse")
package dev.errorcatalog.spring.benchmarks;

import dev.errorcatalog.ErrorCatalog;
