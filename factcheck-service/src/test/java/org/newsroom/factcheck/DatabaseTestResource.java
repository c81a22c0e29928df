package org.newsroom.factcheck;

import io.quarkus.test.common.QuarkusTestResource;
import org.newsroom.testing.PostgresResource;

/** Every {@code @QuarkusTest} here runs against a real PostgreSQL. */
@QuarkusTestResource(PostgresResource.class)
public class DatabaseTestResource {}
