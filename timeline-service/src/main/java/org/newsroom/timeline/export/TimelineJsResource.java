package org.newsroom.timeline.export;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.foundation.paging.Page;
import org.newsroom.timeline.event.EventFilter;
import org.newsroom.timeline.timeline.TimelineEntry;

@Path("/api/v1/timeline/timelinejs")
@Tag(name = "Exports", description = "The timeline in other formats")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineJsResource {

  @GET
  @Operation(
      operationId = "getTimelineJs",
      summary = "The timeline as a TimelineJS 3 JSON document",
      description =
          "The events the timeline's filters select, in its order, as TimelineJS 3 JSON"
              + " (timeline.knightlab.com/docs/json-format.html): give this URL to TimelineJS."
              + " One document, not pages: the first "
              + ExportLimit.EVENTS
              + " events; narrow with from/to. Dates carry only what their precision knows"
              + " (year; year and month; day; hour and minute in the event's local time);"
              + " ISO weeks, ranges, bounds and time zones are in display_date. unique_id is"
              + " event-<id>; group is the status in words (Occurred, Planned, ...). The text"
              + " lists each citation: the outlet linked to the article (or to the source here"
              + " when it has no URL), the source title and the quoted words, all HTML-escaped.")
  @APIResponse(
      responseCode = "200",
      description = "The TimelineJS document",
      content = @Content(schema = @Schema(implementation = TimelineJsDocument.class)))
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public TimelineJsDocument timelineJs(@BeanParam EventFilter filter, UriInfo uri) {
    Page<TimelineEntry> page = filter.forTimeline().page(ExportLimit.page()).map(TimelineEntry::of);
    String description =
        page.total() > page.items().size()
            ? "The first " + page.items().size() + " of " + page.total() + " events"
            : page.total() + (page.total() == 1 ? " event" : " events");
    return TimelineJsMapping.document(
        "Timeline", description, page.items(), ApiLinks.of(uri.getBaseUri()));
  }
}
