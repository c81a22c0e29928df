package org.newsroom.factcheck.detection.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.newsroom.factcheck.detection.SourceFacts;
import org.newsroom.factcheck.timeline.TimelineChecks;
import org.newsroom.factcheck.timeline.TimelineClient;
import org.newsroom.foundation.problem.ProblemException;

/**
 * Reads what detection compares from timeline-service: the sources asked for and the rest of their
 * story — the sources that share an event with them and those dated within two days of them
 * (coverage of the same days) — each one's text and analysis, and the events citing them. A source
 * that is gone or not analysed yet is left out; an unreachable timeline-service is a 503 problem
 * and nothing is read.
 */
@ApplicationScoped
public class StoryReader {

  /** Events read per source. */
  static final int EVENTS_PER_SOURCE = 100;

  /** How many days either side of a source's date its story reaches. */
  static final int STORY_DAYS = 2;

  @Inject @RestClient TimelineClient timeline;
  @Inject DetectionConfig config;

  /** What one run compares. */
  public record Read(
      List<SourceFacts> sources, List<SourceFacts.EventFacts> events, List<Long> missing) {}

  /**
   * The story of these sources (and of the event, when one is given).
   *
   * @throws ProblemException 404 when the event does not exist; 503 when timeline-service cannot
   *     answer
   */
  public Read read(Collection<Long> sourceIds, Long eventId) {
    Map<Long, SourceFacts.EventFacts> events = new LinkedHashMap<>();
    Set<Long> wanted = new LinkedHashSet<>(sourceIds);
    if (eventId != null) {
      TimelineClient.EventCitations event;
      try {
        event = TimelineChecks.call(() -> timeline.getEventCitations(eventId));
      } catch (WebApplicationException e) {
        throw ProblemException.notFound("Event", eventId);
      }
      events.put(event.id(), facts(event));
      event.citations().forEach(c -> wanted.add(c.sourceId()));
    }
    Set<Long> story = new LinkedHashSet<>(wanted);
    for (Long id : wanted) {
      for (TimelineClient.EventCitations e : eventsCiting(id)) {
        events.putIfAbsent(e.id(), facts(e));
        for (TimelineClient.CitationRef c : e.citations()) {
          if (story.size() < config.storyLimit()) {
            story.add(c.sourceId());
          }
        }
      }
    }
    Map<Long, TimelineClient.SourceInfo> infos = new LinkedHashMap<>();
    Map<LocalDate, List<Long>> byDay = new HashMap<>();
    for (Long id : wanted) {
      TimelineClient.SourceInfo info = info(id);
      if (info != null) {
        infos.put(id, info);
        (info.trustedDate() == null
                ? List.<Long>of()
                : byDay.computeIfAbsent(info.trustedDate(), this::sameDays))
            .forEach(
                other -> {
                  if (story.size() < config.storyLimit()) {
                    story.add(other);
                  }
                });
      }
    }
    List<SourceFacts> sources = new ArrayList<>();
    List<Long> missing = new ArrayList<>();
    for (Long id : story) {
      SourceFacts facts = source(id, infos.get(id));
      if (facts == null) {
        missing.add(id);
      } else {
        sources.add(facts);
      }
    }
    return new Read(sources, List.copyOf(events.values()), missing);
  }

  private List<TimelineClient.EventCitations> eventsCiting(long sourceId) {
    try {
      return TimelineChecks.call(() -> timeline.eventsCiting(sourceId, EVENTS_PER_SOURCE)).items();
    } catch (WebApplicationException e) {
      return List.of();
    }
  }

  private TimelineClient.SourceInfo info(long id) {
    try {
      return TimelineChecks.call(() -> timeline.getSource(id));
    } catch (WebApplicationException e) {
      return null;
    }
  }

  /**
   * The sources dated within {@link #STORY_DAYS} of a day: coverage of the same days. Asked once
   * per day a run meets.
   */
  private List<Long> sameDays(LocalDate day) {
    return TimelineChecks.call(
            () ->
                timeline.sourcesOfDays(
                    day.minusDays(STORY_DAYS).toString(),
                    day.plusDays(STORY_DAYS).toString(),
                    config.storyLimit()))
        .items()
        .stream()
        .map(TimelineClient.SourceInfo::id)
        .toList();
  }

  /** A source with its text and analysis, or null when it is gone or not analysed. */
  private SourceFacts source(long id, TimelineClient.SourceInfo known) {
    try {
      TimelineClient.SourceInfo info =
          known != null ? known : TimelineChecks.call(() -> timeline.getSource(id));
      SourceFacts.Analysis analysis = TimelineChecks.call(() -> timeline.getAnalysis(id));
      String text = TimelineChecks.call(() -> timeline.getSourceText(id));
      if (!analysis.sourceSha256().equals(info.contentSha256())) {
        return null; // changed since it was analysed; its next analysis brings it back
      }
      return new SourceFacts(id, info.outlet(), info.title(), info.contentSha256(), text, analysis);
    } catch (WebApplicationException e) {
      return null;
    }
  }

  private static SourceFacts.EventFacts facts(TimelineClient.EventCitations e) {
    return new SourceFacts.EventFacts(
        e.id(),
        e.title(),
        e.start() == null ? null : e.start().value(),
        e.citations().stream()
            .map(
                c ->
                    new SourceFacts.Cited(
                        c.sourceId(), new SourceFacts.Span(c.quote().start(), c.quote().end())))
            .toList());
  }
}
