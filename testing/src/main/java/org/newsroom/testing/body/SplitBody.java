package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Citations for timeline-service to move off an event into a new one with its own title. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SplitBody(List<Long> citationIds, String title, String note) {

  public SplitBody {
    citationIds = citationIds == null ? null : List.copyOf(citationIds);
  }

  /** A split without a note. */
  public static SplitBody of(List<Long> citationIds, String title) {
    return new SplitBody(citationIds, title, null);
  }
}
