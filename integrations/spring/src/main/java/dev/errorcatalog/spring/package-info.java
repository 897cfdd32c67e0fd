/** The Spring Boot starter's shared core: what answers an error (entries named in configuration, the catalog exceptions), how it is rendered (documented bodies or RFC 9457 problem details) and logged. */
package dev.errorcatalog.spring;
