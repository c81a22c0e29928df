package org.newsroom.timeline.export;

import org.newsroom.foundation.paging.PageRequest;

/** An export is one document, not pages; this bounds it. */
final class ExportLimit {

  static final int EVENTS = 500;

  private ExportLimit() {}

  static PageRequest page() {
    return new PageRequest(0, EVENTS);
  }
}
