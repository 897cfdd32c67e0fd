/** Spring Security: the 401 entry point and 403 access-denied handler (servlet and reactive) that answer with catalog entries. */
package dev.errorcatalog.spring.security;
