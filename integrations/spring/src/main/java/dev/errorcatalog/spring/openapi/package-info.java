/**
 * springdoc-openapi: the catalogs' documented error responses in the service's own OpenAPI document, read from the
 * documents the processor exports ({@code META-INF/errorcatalog/openapi/<id>.openapi.json}). Used only when
 * springdoc-openapi is on the class path (an optional dependency of the starter).
 */
package dev.errorcatalog.spring.openapi;
