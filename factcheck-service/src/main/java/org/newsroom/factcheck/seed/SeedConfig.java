package org.newsroom.factcheck.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code factcheck.seeds.*}: whether and how the curated discrepancies are loaded. */
@ConfigMapping(prefix = "factcheck.seeds")
public interface SeedConfig {

  /** On for dev and the local run, off in production and tests unless they ask. */
  @WithDefault("false")
  boolean enabled();

  /** How long to keep waiting for timeline-service and its seed sources before giving up. */
  @WithDefault("10m")
  Duration patience();

  /** Pause between attempts while waiting. */
  @WithDefault("3s")
  Duration retryEvery();
}
