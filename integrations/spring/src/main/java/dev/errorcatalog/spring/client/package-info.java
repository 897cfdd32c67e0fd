/** Clients: RestClient and RestTemplate status handler, WebClient filter, RestClient retry interceptor on RetryAdvisor, decoding with one catalog or a chosen set. */
package dev.errorcatalog.spring.client;
