package org.newsroom.factcheck;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.newsroom.testing.PostgresResource;

/**
 * Every {@code @QuarkusTest} here runs against a real PostgreSQL and the real timeline-service,
 * started from its built jar.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = TimelineServiceResource.class, scope = TestResourceScope.GLOBAL)
public class DatabaseTestResource {}
