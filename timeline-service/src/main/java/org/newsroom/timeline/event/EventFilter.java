package org.newsroom.timeline.event;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.newsroom.foundation.paging.Conditions;
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
    Conditions c = conditions();
    return Page.of(Event.find("from Event e" + c.where() + CHRONOLOGICAL, c.parameters()), page);
  }

  private Conditions conditions() {
    LocalDate fromDate = DateParameter.parse("from", from);
    LocalDate toDate = DateParameter.parse("to", to);
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw ProblemException.invalidParameter("from", "is after 'to'");
    }
    Set<ReviewStatus> reviews =
        EnumParameter.parse("reviewStatus", reviewStatus, ReviewStatus.class);
    return new Conditions()
        .and("e.spanTo >= :from", "from", fromDate)
        .and("e.spanFrom <= :to", "to", toDate)
        .and(
            "lower(array_to_string(e.participants, '|')) like :participant",
            "participant",
            present(participant) ? TextMatch.contains(participant) : null)
        .and(
            "lower(e.place) like :place",
            "place",
            present(place) ? TextMatch.contains(place) : null)
        .and(
            "e.status in :statuses",
            "statuses",
            EnumParameter.parse("status", status, EventStatus.class))
        .and(
            "e.origin in :origins",
            "origins",
            EnumParameter.parse("origin", origin, EventOrigin.class))
        .and("e.reviewStatus in :reviews", "reviews", reviews)
        .and(
            "e.reviewStatus <> :rejected",
            "rejected",
            reviews.isEmpty() && hideRejected ? ReviewStatus.REJECTED : null)
        .and(
            "concat('|', lower(array_to_string(e.tags, '|')), '|') like :tag",
            "tag",
            present(tag)
                ? "%|" + TextMatch.escape(tag.strip().toLowerCase(Locale.ROOT)) + "|%"
                : null)
        .and(
            "exists (select 1 from Citation c where c.event = e and c.source.id = :sourceId)",
            "sourceId",
            sourceId)
        .and("e.originRef = :originRef", "originRef", present(originRef) ? originRef.strip() : null)
        .and(
            "(lower(e.title) like :q or lower(coalesce(e.summary, '')) like :q"
                + " or lower(coalesce(e.place, '')) like :q"
                + " or lower(array_to_string(e.participants, '|')) like :q)",
            "q",
            present(q) ? TextMatch.contains(q) : null);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
