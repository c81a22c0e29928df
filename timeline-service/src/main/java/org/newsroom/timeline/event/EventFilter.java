package org.newsroom.timeline.event;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsroom.foundation.paging.DateParameter;
import org.newsroom.foundation.paging.EnumParameter;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.foundation.paging.TextMatch;
import org.newsroom.foundation.problem.ProblemException;

/**
 * The filters events and the timeline share, bound from query parameters with {@code @BeanParam}
 * and turned into one HQL condition. Values are parsed here so a bad one is a 400 naming the
 * parameter.
 */
public class EventFilter {

  /**
   * Chronological order, as documented in the API: the first day of the start period; on the same
   * day coarser precision first (year, month, week, day, then timed events by their instant); then
   * creation order.
   */
  static final String CHRONOLOGICAL =
      " order by e.start.date,"
          + " case e.start.precision"
          + " when org.newsroom.timeline.event.Precision.YEAR then 0"
          + " when org.newsroom.timeline.event.Precision.MONTH then 1"
          + " when org.newsroom.timeline.event.Precision.WEEK then 2"
          + " when org.newsroom.timeline.event.Precision.DAY then 3"
          + " else 4 end,"
          + " e.startInstant nulls first, e.id";

  @QueryParam("from")
  @Parameter(description = "Only events that may cover this day or later (YYYY-MM-DD)")
  public String from;

  @QueryParam("to")
  @Parameter(description = "Only events that may cover this day or earlier (YYYY-MM-DD)")
  public String to;

  @QueryParam("participant")
  @Parameter(description = "Participant name contains this, ignoring case")
  public String participant;

  @QueryParam("place")
  @Parameter(description = "Place contains this, ignoring case")
  public String place;

  @QueryParam("status")
  @Parameter(description = "One or more of OCCURRED, PLANNED, POSTPONED, CANCELLED, EXPECTED")
  public List<String> status;

  @QueryParam("tag")
  @Parameter(description = "Has this tag, ignoring case")
  public String tag;

  @QueryParam("sourceId")
  @Parameter(description = "Cites this source")
  public Long sourceId;

  @QueryParam("originRef")
  @Parameter(description = "Has exactly this origin reference, e.g. seed:us-russia-talks-riyadh")
  public String originRef;

  @QueryParam("origin")
  @Parameter(description = "One or more of MANUAL, SEED, EXTRACTED")
  public List<String> origin;

  @QueryParam("reviewStatus")
  @Parameter(
      description =
          "One or more of UNREVIEWED, CONFIRMED, REJECTED. The timeline leaves REJECTED events"
              + " (rejected or merged into another) out unless asked for them.")
  public List<String> reviewStatus;

  /** Set by the timeline: without a reviewStatus filter, rejected events are left out. */
  boolean hideRejected;

  /** The same filters, for the timeline: rejected and merged events stay out by default. */
  public EventFilter forTimeline() {
    hideRejected = true;
    return this;
  }

  @QueryParam("q")
  @Parameter(description = "Words in the title, summary, place or participants, ignoring case")
  public String q;

  /** One page of the events matching the filters, in chronological order. */
  public Page<Event> page(PageRequest page) {
    Condition c = condition();
    List<Event> events =
        Event.<Event>find("from Event e" + c.where() + CHRONOLOGICAL, c.parameters())
            .range(page.offset, page.lastIndex())
            .list();
    return new Page<>(
        events, page.offset, page.limit, Event.count("from Event e" + c.where(), c.parameters()));
  }

  private record Condition(String where, Parameters parameters) {}

  private Condition condition() {
    List<String> clauses = new ArrayList<>();
    Parameters params = new Parameters();
    LocalDate fromDate = DateParameter.parse("from", from);
    LocalDate toDate = DateParameter.parse("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw ProblemException.invalidParameter("from", "is after 'to'");
    }
    if (fromDate != null) {
      clauses.add("e.spanTo >= :from");
      params.and("from", fromDate);
    }
    if (toDate != null) {
      clauses.add("e.spanFrom <= :to");
      params.and("to", toDate);
    }
    if (present(participant)) {
      clauses.add("lower(array_to_string(e.participants, '|')) like :participant");
      params.and("participant", TextMatch.contains(participant));
    }
    if (present(place)) {
      clauses.add("lower(e.place) like :place");
      params.and("place", TextMatch.contains(place));
    }
    Set<EventStatus> statuses = EnumParameter.parse("status", status, EventStatus.class);
    if (!statuses.isEmpty()) {
      clauses.add("e.status in :statuses");
      params.and("statuses", statuses);
    }
    Set<EventOrigin> origins = EnumParameter.parse("origin", origin, EventOrigin.class);
    if (!origins.isEmpty()) {
      clauses.add("e.origin in :origins");
      params.and("origins", origins);
    }
    Set<ReviewStatus> reviews =
        EnumParameter.parse("reviewStatus", reviewStatus, ReviewStatus.class);
    if (!reviews.isEmpty()) {
      clauses.add("e.reviewStatus in :reviews");
      params.and("reviews", reviews);
    } else if (hideRejected) {
      clauses.add("e.reviewStatus <> :rejected");
      params.and("rejected", ReviewStatus.REJECTED);
    }
    if (present(tag)) {
      clauses.add("concat('|', lower(array_to_string(e.tags, '|')), '|') like :tag");
      params.and("tag", "%|" + TextMatch.escape(tag.strip().toLowerCase(Locale.ROOT)) + "|%");
    }
    if (sourceId != null) {
      clauses.add(
          "exists (select 1 from Citation c where c.event = e and c.source.id = :sourceId)");
      params.and("sourceId", sourceId);
    }
    if (present(originRef)) {
      clauses.add("e.originRef = :originRef");
      params.and("originRef", originRef.strip());
    }
    if (present(q)) {
      clauses.add(
          "(lower(e.title) like :q or lower(coalesce(e.summary, '')) like :q"
              + " or lower(coalesce(e.place, '')) like :q"
              + " or lower(array_to_string(e.participants, '|')) like :q)");
      params.and("q", TextMatch.contains(q));
    }
    String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    return new Condition(where, params);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
