/**
 * The tests' application: a Spring Boot service with two shipped catalogs (pingback, getresponse) as the APIs
 * it throws and calls, and its own catalog (acme-orders, in the test resources) for the framework's errors.
 */
@ErrorCatalog("pingback")
@ErrorCatalog("getresponse")
@ErrorCatalog("acme-orders")
package dev.errorcatalog.spring.it;

import dev.errorcatalog.ErrorCatalog;
