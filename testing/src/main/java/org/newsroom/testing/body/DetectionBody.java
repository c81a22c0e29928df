package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What factcheck-service is to run detection over: timeline-service sources, an event, or both. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DetectionBody(List<Long> sourceIds, Long eventId, Boolean dryRun) {

  public DetectionBody {
    sourceIds = sourceIds == null ? null : List.copyOf(sourceIds);
  }

  /** A run over sources, recording what it finds. */
  public static DetectionBody overSources(List<Long> sourceIds) {
    return new DetectionBody(sourceIds, null, null);
  }

  /** A run over sources, recording what it finds. */
  public static DetectionBody overSources(Long... sourceIds) {
    return overSources(List.of(sourceIds));
  }

  /** A run over the sources citing an event, recording what it finds. */
  public static DetectionBody overEvent(long eventId) {
    return new DetectionBody(null, eventId, null);
  }

  /** With {@code true}, the same run reports what it would record and writes nothing. */
  public DetectionBody withDryRun(boolean dryRun) {
    return new DetectionBody(sourceIds, eventId, dryRun);
  }
}
