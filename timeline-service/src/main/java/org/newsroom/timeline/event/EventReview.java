package org.newsroom.timeline.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsroom.foundation.audit.ChangeLog;
import org.newsroom.foundation.audit.ChangeSet;
import org.newsroom.foundation.precondition.Preconditions;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.timeline.problem.TimelineProblem;

/**
 * Editors' decisions on events, above all the ones the analysis proposes: confirm, reject, merge
 * duplicates, split one that mixes two happenings, accept or reject suggested citations. Each needs
 * the event's current ETag and leaves an entry in its history.
 */
@ApplicationScoped
public class EventReview {

  @Inject ChangeLog changes;

  @Transactional
  public EventView decide(long id, String ifMatch, ReviewRequests.ReviewDecision body, String by) {
    Event event = EventWriter.lock(id);
    Preconditions.requireMatch(ifMatch, event.version);
    ReviewStatus to =
        body.decision() == ReviewRequests.Decision.CONFIRM
            ? ReviewStatus.CONFIRMED
            : ReviewStatus.REJECTED;
    if (event.reviewStatus == to) {
      throw conflict("Event " + id + " is already " + to);
    }
    if (event.mergedInto != null) {
      throw conflict("Event " + id + " was merged into event " + event.mergedInto);
    }
    ChangeSet<Event> touched = Event.changeSet(changes);
    touched.watch(event);
    ReviewStatus from = event.reviewStatus;
    setStatus(event, to, by);
    EventReviewRecord.log(
        event,
        to == ReviewStatus.CONFIRMED ? "CONFIRMED" : "REJECTED",
        by,
        body.note(),
        from,
        to,
        null,
        null);
    touched.record(to == ReviewStatus.CONFIRMED ? "CONFIRMED" : "REJECTED", by);
    return EventView.of(event);
  }

  @Transactional
  public EventView merge(long id, String ifMatch, ReviewRequests.MergeRequest body, String by) {
    // Every event the merge touches is locked in id order, so two merges cannot deadlock.
    TreeSet<Long> locked = new TreeSet<>(body.eventIds());
    locked.add(id);
    locked.forEach(Event::lockIfPresent);
    Event target = EventWriter.find(id);
    Preconditions.requireMatch(ifMatch, target.version);
    if (target.mergedInto != null || target.reviewStatus == ReviewStatus.REJECTED) {
      throw conflict("Event " + id + " is rejected or merged; merge into a live event");
    }
    Set<Long> ids = new LinkedHashSet<>(body.eventIds());
    if (ids.contains(id)) {
      throw ProblemException.invalidField(
          "eventIds", "must not hold the event itself (" + id + ")");
    }
    ChangeSet<Event> touched = Event.changeSet(changes);
    touched.watch(target, "MERGED_IN");
    List<Event> others = new ArrayList<>();
    for (Long other : ids) {
      Event e = Event.findById(other);
      if (e == null) {
        throw ProblemException.invalidField("eventIds", "event " + other + " does not exist");
      }
      if (e.mergedInto != null) {
        throw conflict("Event " + other + " was already merged into event " + e.mergedInto);
      }
      others.add(e);
      touched.watch(e, "MERGED_INTO");
    }
    for (Event e : others) {
      int moved = 0;
      for (Citation c : new ArrayList<>(e.citations)) {
        e.citations.remove(c);
        boolean duplicate =
            target.citations.stream()
                .anyMatch(
                    t -> t.source.id.equals(c.source.id) && t.start == c.start && t.end == c.end);
        if (!duplicate) {
          Citation copy = copy(c);
          copy.event = target;
          copy.position = target.citations.size();
          target.citations.add(copy);
          moved++;
        }
      }
      for (String p : e.participants) {
        if (!target.participants.contains(p)) {
          target.participants.add(p);
        }
      }
      ReviewStatus from = e.reviewStatus;
      e.mergedInto = target.id;
      setStatus(e, ReviewStatus.REJECTED, by);
      EventReviewRecord.log(
          e,
          "MERGED_INTO",
          by,
          body.note(),
          from,
          ReviewStatus.REJECTED,
          target.id,
          moved + " citation(s) moved to event " + target.id);
      EventReviewRecord.log(
          target,
          "MERGED_IN",
          by,
          body.note(),
          target.reviewStatus,
          target.reviewStatus,
          e.id,
          moved + " citation(s) from event " + e.id + " (“" + e.title + "”)");
    }
    touch(target, by);
    touched.record("MERGED", by);
    return EventView.of(target);
  }

  @Transactional
  public EventView split(long id, String ifMatch, ReviewRequests.SplitRequest body, String by) {
    Event source = EventWriter.lock(id);
    Preconditions.requireMatch(ifMatch, source.version);
    Set<Long> ids = new LinkedHashSet<>(body.citationIds());
    List<Citation> moving = source.citations.stream().filter(c -> ids.contains(c.id)).toList();
    if (moving.size() != ids.size()) {
      throw ProblemException.invalidField(
          "citationIds", "must name citations of event " + id + " (some do not)");
    }
    if (moving.size() == source.citations.size()) {
      throw ProblemException.invalidField(
          "citationIds", "must leave at least one citation on event " + id);
    }
    ChangeSet<Event> touched = Event.changeSet(changes);
    touched.watch(source, "SPLIT_OFF");
    Event split = new Event();
    split.title = body.title().strip();
    split.summary = null;
    split.start = copy(source.start);
    split.end = source.end == null ? null : copy(source.end);
    split.timeZone = source.timeZone;
    split.place = source.place;
    split.participants = new ArrayList<>(source.participants);
    split.tags = new ArrayList<>(source.tags);
    split.status = source.status;
    split.origin = source.origin;
    split.extractor = source.extractor;
    split.reviewStatus = source.reviewStatus;
    split.createdBy = by;
    split.updatedBy = by;
    split.deriveSpan();
    for (Citation c : moving) {
      source.citations.remove(c);
      Citation copy = copy(c);
      copy.event = split;
      copy.position = split.citations.size();
      split.citations.add(copy);
    }
    renumber(source);
    split.persist();
    touch(source, by);
    EventReviewRecord.log(
        source,
        "SPLIT_OFF",
        by,
        body.note(),
        source.reviewStatus,
        source.reviewStatus,
        split.id,
        moving.size() + " citation(s) moved to new event " + split.id);
    EventReviewRecord.log(
        split,
        "SPLIT_FROM",
        by,
        body.note(),
        null,
        split.reviewStatus,
        source.id,
        moving.size() + " citation(s) from event " + source.id);
    touched.created(split);
    touched.record("SPLIT", by);
    return EventView.of(split);
  }

  @Transactional
  public EventView decideSuggestion(
      long id, long citationId, String ifMatch, ReviewRequests.SuggestionDecision body, String by) {
    Event event = EventWriter.lock(id);
    Preconditions.requireMatch(ifMatch, event.version);
    Citation citation =
        event.citations.stream()
            .filter(c -> c.id == citationId)
            .findFirst()
            .orElseThrow(() -> ProblemException.notFound("Citation", citationId));
    if (!citation.suggested) {
      throw conflict("Citation " + citationId + " is not a suggestion waiting for review");
    }
    ChangeSet<Event> touched = Event.changeSet(changes);
    touched.watch(event);
    String quote = "“" + abbreviate(citation.exact) + "” (source " + citation.source.id + ")";
    if (body.decision() == ReviewRequests.SuggestionChoice.ACCEPT) {
      citation.suggested = false;
      EventReviewRecord.log(event, "SUGGESTION_ACCEPTED", by, body.note(), null, null, null, quote);
    } else {
      event.citations.remove(citation);
      renumber(event);
      EventReviewRecord.log(event, "SUGGESTION_REJECTED", by, body.note(), null, null, null, quote);
    }
    touch(event, by);
    touched.record(
        body.decision() == ReviewRequests.SuggestionChoice.ACCEPT
            ? "SUGGESTION_ACCEPTED"
            : "SUGGESTION_REJECTED",
        by);
    return EventView.of(event);
  }

  public List<ReviewRequests.ReviewEntry> history(long id) {
    EventWriter.find(id);
    return EventReviewRecord.forEvent(id).stream().map(ReviewRequests.ReviewEntry::of).toList();
  }

  private static void setStatus(Event event, ReviewStatus to, String by) {
    event.reviewStatus = to;
    event.reviewedBy = by;
    event.reviewedAt = now();
    touch(event, by);
  }

  private static void touch(Event event, String by) {
    event.updatedBy = by;
  }

  private static void renumber(Event event) {
    int position = 0;
    for (Citation c : event.citations) {
      c.position = position++;
    }
  }

  private static Citation copy(Citation c) {
    Citation copy = new Citation();
    copy.source = c.source;
    copy.exact = c.exact;
    copy.prefix = c.prefix;
    copy.suffix = c.suffix;
    copy.start = c.start;
    copy.end = c.end;
    copy.sourceSha256 = c.sourceSha256;
    copy.note = c.note;
    copy.extractor = c.extractor;
    copy.suggested = c.suggested;
    return copy;
  }

  private static DatePoint copy(DatePoint p) {
    return new DatePoint(p.date, p.time, p.precision, p.earliest, p.latest);
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 119) + "…";
  }

  private static ProblemException conflict(String detail) {
    return new ProblemException(TimelineProblem.REVIEW_CONFLICT, detail);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
