/** The Spring Boot auto-configuration (registered in META-INF/spring/...AutoConfiguration.imports): every bean conditional on its classes and overridable. */
package dev.errorcatalog.spring.autoconfigure;
