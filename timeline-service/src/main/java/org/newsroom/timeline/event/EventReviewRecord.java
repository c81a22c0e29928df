package org.newsroom.timeline.event;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;

/** One entry of an event's review history: what was done, by whom, when, from what to what. */
@Entity(name = "EventReview")
@Table(name = "event_review")
public class EventReviewRecord extends PanacheEntity {

  public long eventId;
  public String action;
  public String actor;
  @CreationTimestamp public OffsetDateTime at;
  public String note;

  @Enumerated(EnumType.STRING)
  public ReviewStatus fromStatus;

  @Enumerated(EnumType.STRING)
  public ReviewStatus toStatus;

  public Long relatedEventId;
  public String detail;

  public static EventReviewRecord log(
      Event event, String action, String actor, ReviewStatus from, ReviewStatus to, String detail) {
    return log(event, action, actor, null, from, to, null, detail);
  }

  public static EventReviewRecord log(
      Event event,
      String action,
      String actor,
      String note,
      ReviewStatus from,
      ReviewStatus to,
      Long related,
      String detail) {
    EventReviewRecord r = new EventReviewRecord();
    r.eventId = event.id;
    r.action = action;
    r.actor = actor;
    r.note = note;
    r.fromStatus = from;
    r.toStatus = to;
    r.relatedEventId = related;
    r.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
    r.persist();
    return r;
  }

  public static List<EventReviewRecord> forEvent(long eventId) {
    return list("eventId = ?1 order by id", eventId);
  }

  public static void deleteForEvent(long eventId) {
    delete("eventId", eventId);
  }
}
