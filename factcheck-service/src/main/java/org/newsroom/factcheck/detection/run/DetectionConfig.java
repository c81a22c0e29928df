package org.newsroom.factcheck.detection.run;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code factcheck.detection.*}: how detection follows timeline-service. */
@ConfigMapping(prefix = "factcheck.detection")
public interface DetectionConfig {

  /** Follow timeline-service's feed of analyses and detect after every one (off in tests). */
  @WithDefault("true")
  boolean follow();

  /** How often to ask the feed for new analyses. */
  @WithDefault("2s")
  Duration pollEvery();

  /** Changes read per request to the feed. */
  @WithDefault("100")
  int batch();

  /** Most sources one run compares: the ones asked for and those sharing events with them. */
  @WithDefault("40")
  int storyLimit();
}
