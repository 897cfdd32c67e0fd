package dev.errorcatalog.spring.it;

import org.springframework.boot.test.context.SpringBootTest;

/** Spring MVC (Tomcat), with Spring Security's servlet filter chain. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MvcFrameworkErrorsTest extends FrameworkErrorsContract {}
