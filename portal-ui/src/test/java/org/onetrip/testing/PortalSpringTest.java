package org.onetrip.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.onetrip.OneTripApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The real application in this JVM, driven through Karibu. Each class has a data folder of its own, so its context is
 * never reused; closing it after the class stops its processors, jobs and search node instead of leaving them running
 * under the classes after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = OneTripApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@DirtiesContext
public @interface PortalSpringTest {}
