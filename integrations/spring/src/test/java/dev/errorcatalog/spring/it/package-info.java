/**
 * The tests' application: a Spring Boot service with two shipped catalogs (pingback, getresponse; their types in
 * com.example.pingback and com.example.getresponse) as the APIs it throws and calls, and its own catalog
 * (acme-orders, in the test resources; com.example.orders) for the framework's errors.
 */
package dev.errorcatalog.spring.it;
