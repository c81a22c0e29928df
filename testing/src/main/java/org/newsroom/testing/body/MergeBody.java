package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Events for timeline-service to fold into another, with a note for the history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeBody(List<Long> eventIds, String note) {

  public MergeBody {
    eventIds = eventIds == null ? null : List.copyOf(eventIds);
  }

  public static MergeBody of(List<Long> eventIds, String note) {
    return new MergeBody(eventIds, note);
  }
}
