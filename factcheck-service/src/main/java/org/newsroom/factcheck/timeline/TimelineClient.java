package org.newsroom.factcheck.timeline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.newsroom.factcheck.detection.SourceFacts;
import org.newsroom.foundation.quote.QuoteSelector;

/**
 * The part of timeline-service's API that factcheck-service reads. Base URL and timeouts come from
 * {@code quarkus.rest-client.timeline.*}. The records read only the fields used here and ignore the
 * rest, so timeline-service can add fields freely; {@code TimelineContractTest} checks every path,
 * parameter and field here against timeline-service's real OpenAPI document.
 */
@RegisterRestClient(configKey = "timeline")
// A timeline-service that fails three calls in four (refused, timed out) is not asked again for
// ten seconds: callers get a 503 at once instead of each waiting out the read timeout. An answer,
// even a 4xx or 5xx, shows it is alive and never opens the breaker.
@CircuitBreaker(
    requestVolumeThreshold = 4,
    failureRatio = 0.75,
    delay = 10,
    delayUnit = ChronoUnit.SECONDS,
    skipOn = WebApplicationException.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TimelineClient {

  String QUOTE_CHECK = "/sources/{id}/quote-checks";
  String SOURCES = "/sources";
  String EVENT = "/events/{id}";
  String EVENTS = "/events";
  String SOURCE = "/sources/{id}";
  String SOURCE_TEXT = "/sources/{id}/text";
  String ANALYSIS = "/sources/{id}/analysis";
  String ANALYSIS_CHANGES = "/analysis-changes";

  /** Operation {@code checkQuote}: 200 with the complete selector, 404, or 422 problem. */
  @POST
  @Path(QUOTE_CHECK)
  QuoteCheck checkQuote(@PathParam("id") long sourceId, QuoteSelector quote);

  /** Operation {@code getEvent}: 200 or 404 problem. */
  @GET
  @Path(EVENT)
  EventRef getEvent(@PathParam("id") long eventId);

  /** Operation {@code listSources}, by origin reference (e.g. {@code seed:<key>}). */
  @GET
  @Path(SOURCES)
  Listing<SourceRef> findSources(@QueryParam("originRef") String originRef);

  /** Operation {@code listEvents}, by origin reference (e.g. {@code seed:<key>}). */
  @GET
  @Path(EVENTS)
  Listing<EventRef> findEvents(@QueryParam("originRef") String originRef);

  /** Operation {@code getSource}: 200 or 404 problem. */
  @GET
  @Path(SOURCE)
  SourceInfo getSource(@PathParam("id") long sourceId);

  /** Operation {@code listSources}, the sources trusted to be of some days. */
  @GET
  @Path(SOURCES)
  Listing<SourceInfo> sourcesOfDays(
      @QueryParam("trustedFrom") String from,
      @QueryParam("trustedTo") String to,
      @QueryParam("limit") int limit);

  /** Operation {@code getSourceText}: the exact text, 200 or 404 problem. */
  @GET
  @Path(SOURCE_TEXT)
  @Produces(MediaType.TEXT_PLAIN)
  String getSourceText(@PathParam("id") long sourceId);

  /** Operation {@code getSourceAnalysis}: 200, 404 or 409 (not analysed) problem. */
  @GET
  @Path(ANALYSIS)
  SourceFacts.Analysis getAnalysis(@PathParam("id") long sourceId);

  /** Operation {@code listEvents}, the events citing a source, with their citations. */
  @GET
  @Path(EVENTS)
  Listing<EventCitations> eventsCiting(
      @QueryParam("sourceId") long sourceId, @QueryParam("limit") int limit);

  /** Operation {@code getEvent}, with its citations. */
  @GET
  @Path(EVENT)
  EventCitations getEventCitations(@PathParam("id") long eventId);

  /** Operation {@code listAnalysisChanges}: the feed of analyses after a cursor. */
  @GET
  @Path(ANALYSIS_CHANGES)
  Changes analysisChanges(@QueryParam("after") String after, @QueryParam("limit") int limit);

  /** A quote found in a source (schema {@code QuoteCheck}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record QuoteCheck(
      long sourceId, String sourceSha256, String outlet, String title, QuoteSelector quote) {}

  /** The field of a source used here (schema {@code SourceView}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SourceRef(long id) {}

  /** The field of an event used here (schema {@code EventView}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record EventRef(long id) {}

  /** The fields of a source used by detection and the exports (schema {@code SourceView}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record SourceInfo(
      long id,
      String outlet,
      String title,
      String url,
      String contentSha256,
      LocalDate trustedDate,
      OffsetDateTime createdAt) {}

  /** An event and where its citations quote (schema {@code EventView}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record EventCitations(long id, String title, Start start, List<CitationRef> citations) {}

  /** When an event starts (schema {@code EventTime}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Start(String value) {}

  /** One citation (schema {@code CitationView}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record CitationRef(long sourceId, QuoteSpan quote) {}

  /** Where a quote is (schema {@code QuoteSelector}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record QuoteSpan(int start, int end) {}

  /** A stretch of the feed of analyses (schema {@code AnalysisChangePage}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Changes(List<Change> items, String next, boolean more) {}

  /** One analysis of a source (schema {@code AnalysisChange}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Change(String cursor, long sourceId) {}

  /** The fields of a page used here. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Listing<T>(List<T> items, long total) {}
}
