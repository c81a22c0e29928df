package org.newsroom.timeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.problem.Problem;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.foundation.webhook.Outbox;
import org.newsroom.timeline.citation.QuoteResolver;
import org.newsroom.timeline.problem.TimelineProblem;
import org.newsroom.timeline.source.Source;
import org.newsroom.timeline.webhook.WebhookEventType;

/**
 * Writes events: checks times and every citation before anything is saved, so a rejected request
 * leaves no trace.
 */
@ApplicationScoped
public class EventWriter {

  @Inject ChangeLog changes;
  @Inject Outbox outbox;

  /**
   * Records an event a person or the seed set writes, and announces it to webhook subscribers
   * ({@code event.created}) in the same transaction. The analysis' proposals are made elsewhere and
   * not announced: they are candidates an editor has yet to confirm.
   */
  @Transactional
  public Event create(
      @Valid EventRequest request,
      EventOrigin origin,
      String originRef,
      String extractor,
      String by) {
    Event event = new Event();
    event.origin = origin;
    event.originRef = originRef;
    event.extractor = extractor;
    event.createdBy = by;
    apply(event, request, by);
    event.persistAndFlush();
    EventReviewRecord.log(event, "CREATED", by, null, event.reviewStatus, null);
    ChangeSet<Event> touched = Event.changeSet(changes);
    touched.created(event);
    if (origin != EventOrigin.EXTRACTED) {
      takeOverProposals(event, touched);
    }
    touched.record(ChangeLog.CREATED, by);
    outbox.publish(WebhookEventType.EVENT_CREATED.wire(), EventView.of(event));
    return event;
  }

  @Transactional
  public Event update(long id, String ifMatch, @Valid EventRequest request, String by) {
    Event event = lock(id);
    Preconditions.requireMatch(ifMatch, event.version);
    ChangeSet<Event> touched = Event.changeSet(changes);
    touched.watch(event);
    ReviewStatus before = event.reviewStatus;
    apply(event, request, by);
    event.flush();
    EventReviewRecord.log(event, "EDITED", by, before, event.reviewStatus, null);
    takeOverProposals(event, touched);
    touched.record(ChangeLog.EDITED, by);
    return event;
  }

  @Transactional
  public void delete(long id, String ifMatch, String by) {
    Event event = lock(id);
    Preconditions.requireMatch(ifMatch, event.version);
    ChangeSet<Event> touched = Event.changeSet(changes);
    touched.watch(event);
    event.delete();
    touched.record(ChangeLog.DELETED, by);
  }

  /**
   * A person's event that cites the words an unreviewed proposal of the analysis cites takes that
   * happening over: the proposal gives up those citations, and goes when it has none left, so the
   * timeline does not show the happening twice.
   */
  private static void takeOverProposals(Event event, ChangeSet<Event> touched) {
    for (Citation mine : event.citations) {
      List<Citation> proposed =
          Citation.list(
              "source.id = ?1 and extractor is not null and event.id <> ?2"
                  + " and start < ?3 and end > ?4 and event.origin = ?5 and event.reviewStatus = ?6",
              mine.source.id,
              event.id,
              mine.end,
              mine.start,
              EventOrigin.EXTRACTED,
              ReviewStatus.UNREVIEWED);
      for (Citation c : proposed) {
        Event other = c.event;
        if (!other.isUntouchedProposal()) {
          continue; // a person has worked on it
        }
        touched.watch(other, "CITATION_TAKEN_OVER");
        other.citations.remove(c);
        if (other.citations.isEmpty()) {
          other.delete();
        }
      }
    }
    Event.flush();
  }

  public static Event find(long id) {
    return ProblemException.orNotFound(Event.findById(id), "Event", id);
  }

  /**
   * The event, locked until the transaction ends ({@code SELECT … FOR UPDATE}), so that concurrent
   * writers of one event queue up and each later one meets the version its If-Match must equal.
   */
  public static Event lock(long id) {
    return ProblemException.orNotFound(
        Event.findById(id, LockModeType.PESSIMISTIC_WRITE), "Event", id);
  }

  private void apply(Event event, EventRequest request, String by) {
    // The request holds together (@ConsistentTime, checked on this writer's parameters).
    DatePoint start = point(request.start());
    DatePoint end = request.end() == null ? null : point(request.end());
    String zone = request.timeZone() == null ? null : ConsistentTime.Check.zone(request.timeZone());
    List<Citation> citations = citations(request.citations());

    event.title = request.title().strip();
    event.summary = request.summary();
    event.start = start;
    event.end = end;
    event.timeZone = zone;
    event.place = request.place();
    event.participants = distinct(request.participants());
    event.status = request.status();
    event.tags = distinct(request.tags());
    event.deriveSpan();
    event.replaceCitations(citations);
    review(event, request.reviewStatus(), by);
    event.updatedBy = by;
  }

  /** People vouch for what they write; extracted events wait for someone to check them. */
  private static void review(Event event, ReviewStatus requested, String by) {
    ReviewStatus status =
        requested != null
            ? requested
            : event.reviewStatus != null
                ? event.reviewStatus
                : event.origin == EventOrigin.EXTRACTED
                    ? ReviewStatus.UNREVIEWED
                    : ReviewStatus.CONFIRMED;
    if (status != event.reviewStatus) {
      event.reviewStatus = status;
      boolean reviewed = status != ReviewStatus.UNREVIEWED;
      event.reviewedBy = reviewed ? by : null;
      event.reviewedAt = reviewed ? now() : null;
    }
  }

  private static DatePoint point(EventTime time) {
    return DatePoint.parse(time.value(), time.precision(), time.earliest(), time.latest());
  }

  /** Checks every citation against its source; all mismatches are reported together. */
  private static List<Citation> citations(List<CitationRequest> requests) {
    List<Long> ids = requests.stream().map(CitationRequest::sourceId).distinct().toList();
    Map<Long, Source> sources =
        Source.<Source>list("id in ?1", ids).stream()
            .collect(Collectors.toMap(s -> s.id, Function.identity()));
    List<Problem.Violation> mismatches = new ArrayList<>();
    List<Citation> citations = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      CitationRequest request = requests.get(i);
      String field = "citations[" + i + "]";
      Source source = sources.get(request.sourceId());
      if (source == null) {
        mismatches.add(
            new Problem.Violation(
                field + ".sourceId", "source " + request.sourceId() + " does not exist"));
        continue;
      }
      if (request.sourceSha256() != null && !request.sourceSha256().equals(source.contentSha256)) {
        mismatches.add(
            new Problem.Violation(
                field + ".sourceSha256",
                "source " + source.id + " has text " + source.contentSha256 + ", not this one"));
        continue;
      }
      QuoteResolver.Resolution resolution = QuoteResolver.resolve(source.content, request.quote());
      if (!resolution.matches()) {
        mismatches.add(new Problem.Violation(field + ".quote", resolution.mismatch()));
        continue;
      }
      Citation citation = new Citation();
      citation.source = source;
      citation.exact = resolution.selector().exact();
      citation.prefix = resolution.selector().prefix();
      citation.suffix = resolution.selector().suffix();
      citation.start = resolution.selector().start();
      citation.end = resolution.selector().end();
      citation.sourceSha256 = source.contentSha256;
      citation.note = request.note();
      citations.add(citation);
    }
    if (!mismatches.isEmpty()) {
      throw new ProblemException(TimelineProblem.CITATION_INVALID, summary(mismatches), mismatches);
    }
    return citations;
  }

  private static List<String> distinct(List<String> values) {
    return values == null
        ? new ArrayList<>()
        : new ArrayList<>(values.stream().map(String::strip).distinct().toList());
  }

  private static String summary(List<Problem.Violation> violations) {
    return violations.stream()
        .map(v -> v.field() + ": " + v.message())
        .collect(Collectors.joining("; "));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
