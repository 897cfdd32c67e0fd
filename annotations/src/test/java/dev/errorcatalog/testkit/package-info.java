/**
 * What every HTTP client adapter is tested against, shipped as the test jar of the runtime
 * ({@code errorcatalog-annotations}, classifier {@code tests}): the decision table ({@link
 * dev.errorcatalog.testkit.DecisionTable}: responses and the retries and outcome the catalog's rules give for
 * each), the small catalog it is written against ({@link dev.errorcatalog.testkit.DecisionError}), a loopback
 * server that plays a case ({@link dev.errorcatalog.testkit.LoopbackServer}), and a clock that sleeping
 * advances ({@link dev.errorcatalog.testkit.TestTime}).
 *
 * <p>The runtime's own {@code RetryAdvisor} test runs the table in memory; each adapter runs it over real HTTP
 * through its library, so that all of them take the same decisions.
 */
package dev.errorcatalog.testkit;
