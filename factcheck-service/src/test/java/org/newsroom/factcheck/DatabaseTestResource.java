package org.newsroom.factcheck;

import io.quarkus.test.common.QuarkusTestResource;
import org.newsroom.testing.PostgresResource;

/**
 * Every {@code @QuarkusTest} here runs against a real PostgreSQL and the real timeline-service,
 * started from its built jar.
 */
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(TimelineServiceResource.class)
public class DatabaseTestResource {}
