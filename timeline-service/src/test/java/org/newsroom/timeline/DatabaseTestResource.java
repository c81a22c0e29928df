package org.newsroom.timeline;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.newsroom.testing.PostgresResource;

/** Every {@code @QuarkusTest} here runs against a real PostgreSQL. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
public class DatabaseTestResource {}
