package dev.errorcatalog.spring.it;

import org.springframework.boot.test.context.SpringBootTest;

/** Spring WebFlux (Netty), with Spring Security's reactive filter chain. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.web-application-type=reactive")
class WebFluxFrameworkErrorsTest extends FrameworkErrorsContract {}
