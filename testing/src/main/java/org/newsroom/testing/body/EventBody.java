package org.newsroom.testing.body;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/** An event to create in timeline-service, or the full new state of one to update. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventBody(
    String title,
    String summary,
    TimeBody start,
    TimeBody end,
    String timeZone,
    String place,
    List<String> participants,
    String status,
    List<String> tags,
    List<CitationBody> citations,
    String reviewStatus) {

  public EventBody {
    participants = participants == null ? null : List.copyOf(participants);
    tags = tags == null ? null : List.copyOf(tags);
    citations = citations == null ? null : List.copyOf(citations);
  }

  /** The least a valid event holds: a title, a start, status OCCURRED and one citation. */
  public static EventBody occurred(String title, TimeBody start, CitationBody citation) {
    return new EventBody(
        title, null, start, null, null, null, null, "OCCURRED", null, List.of(citation), null);
  }

  public EventBody withTitle(String title) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withSummary(String summary) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withStart(TimeBody start) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withEnd(TimeBody end) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withTimeZone(String timeZone) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withPlace(String place) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withParticipants(String... participants) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        List.of(participants),
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withStatus(String status) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        citations,
        reviewStatus);
  }

  public EventBody withTags(String... tags) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        List.of(tags),
        citations,
        reviewStatus);
  }

  public EventBody withCitations(CitationBody... citations) {
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        List.of(citations),
        reviewStatus);
  }

  /** The same event citing one more quote, after the ones it has. */
  public EventBody plusCitation(CitationBody citation) {
    List<CitationBody> more = new ArrayList<>(citations == null ? List.of() : citations);
    more.add(citation);
    return new EventBody(
        title,
        summary,
        start,
        end,
        timeZone,
        place,
        participants,
        status,
        tags,
        more,
        reviewStatus);
  }
}
