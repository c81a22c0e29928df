package org.newsroom.timeline.export;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.foundation.paging.EnumParameter;
import org.newsroom.foundation.problem.ProblemException;
import org.newsroom.timeline.event.EventFilter;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.timeline.TimelineEntry;

@Path("/api/v1/timeline/calendar.ics")
@Tag(name = "Exports", description = "The timeline in other formats")
public class CalendarResource {

  static final String CALENDAR = "text/calendar; charset=utf-8";

  @GET
  @Produces(CALENDAR)
  @Operation(
      operationId = "getTimelineCalendar",
      summary = "Planned and expected events as an iCalendar to subscribe to",
      description =
          "RFC 5545 text/calendar: one VEVENT per event the timeline's filters select, PLANNED"
              + " and EXPECTED unless status asks for some of PLANNED, EXPECTED and CANCELLED"
              + " (any other status is a 400). UID event-<id>@timeline.newsroom, stable wherever"
              + " the service runs; SEQUENCE the event's version; DTSTAMP its last change. Days,"
              + " weeks, months and years are all-day VALUE=DATE spans of the whole period;"
              + " timed events are given in UTC (no VTIMEZONE), with the local time and zone in"
              + " DESCRIPTION, which also lists the citations. STATUS: PLANNED CONFIRMED,"
              + " EXPECTED TENTATIVE, CANCELLED CANCELLED. At most "
              + ExportLimit.EVENTS
              + " events, the first in timeline order.")
  @APIResponse(
      responseCode = "200",
      description = "The calendar",
      content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public String calendar(@BeanParam EventFilter filter, UriInfo uri) {
    Set<EventStatus> asked = EnumParameter.parse("status", filter.status, EventStatus.class);
    if (asked.isEmpty()) {
      filter.status = List.of(EventStatus.PLANNED.name(), EventStatus.EXPECTED.name());
    } else if (!EventCalendar.STATUSES.containsAll(asked)) {
      throw ProblemException.invalidParameter(
          "status", "must be PLANNED, EXPECTED or CANCELLED in a calendar");
    }
    List<EventCalendar.Item> items =
        filter.forTimeline().page(ExportLimit.page()).items().stream()
            .map(
                e ->
                    new EventCalendar.Item(
                        TimelineEntry.of(e), e.createdAt, e.updatedAt, e.version))
            .toList();
    return EventCalendar.calendar(
        "Newsroom timeline: planned and expected events", items, ApiLinks.of(uri.getBaseUri()));
  }
}
