package org.newsroom.timeline.timeline;

import static org.newsroom.foundation.problem.ProblemResponses.BAD_REQUEST;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.foundation.paging.Page;
import org.newsroom.foundation.paging.PageRequest;
import org.newsroom.timeline.event.EventFilter;

@Path("/api/v1/timeline")
@Tag(name = "Timeline", description = "Events in chronological order, with who says so")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

  @GET
  @Operation(
      operationId = "getTimeline",
      summary = "The timeline: events in chronological order with their sources",
      description =
          "Events that may fall between from and to (inclusive), each with its citations and the"
              + " outlet and title of every cited source. Order: the first day of the start"
              + " period; on the same day coarser precision first (year, month, week, day), then"
              + " timed events by instant; then creation order. So '2025', 'February 2025' and"
              + " 'week of 17 February 2025' precede '17 February 2025', which precedes '17"
              + " February 2025, 10:00'. Events an editor rejected or merged into another are"
              + " left out unless reviewStatus asks for them.")
  @APIResponse(responseCode = "200", description = "One page of the timeline")
  @APIResponse(responseCode = "400", ref = BAD_REQUEST)
  public Page<TimelineEntry> timeline(
      @BeanParam EventFilter filter, @BeanParam @Valid PageRequest page) {
    return filter.forTimeline().page(page).map(TimelineEntry::of);
  }
}
