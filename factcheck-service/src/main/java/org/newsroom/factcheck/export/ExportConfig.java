package org.newsroom.factcheck.export;

import io.smallrye.config.ConfigMapping;

/** Settings of the exports. */
@ConfigMapping(prefix = "factcheck.export")
public interface ExportConfig {

  /** The organisation named as author of every ClaimReview. */
  String publisher();

  /** timeline-service as readers reach it: links to sources without a URL of their own. */
  String timelineUrl();
}
