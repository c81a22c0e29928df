package org.newsroom.timeline.seed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code timeline.seeds.*}: whether the curated seed set is loaded at start-up. */
@ConfigMapping(prefix = "timeline.seeds")
public interface SeedConfig {

  /** On for dev and the local run, off in production and tests unless they ask. */
  @WithDefault("false")
  boolean enabled();
}
