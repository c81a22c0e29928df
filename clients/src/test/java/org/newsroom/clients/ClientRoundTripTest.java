package org.newsroom.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.client.factcheck.api.CorrectionsApi;
import org.newsroom.client.factcheck.api.DiscrepanciesApi;
import org.newsroom.client.factcheck.model.AssertionRequest;
import org.newsroom.client.factcheck.model.Attribute;
import org.newsroom.client.factcheck.model.Correction;
import org.newsroom.client.factcheck.model.CorrectionRequest;
import org.newsroom.client.factcheck.model.CorrectionStatus;
import org.newsroom.client.factcheck.model.CorrectionType;
import org.newsroom.client.factcheck.model.Discrepancy;
import org.newsroom.client.factcheck.model.DiscrepancyKind;
import org.newsroom.client.factcheck.model.DiscrepancyRequest;
import org.newsroom.client.factcheck.model.DiscrepancyStatus;
import org.newsroom.client.factcheck.model.Severity;
import org.newsroom.client.factcheck.model.TransitionNote;
import org.newsroom.client.timeline.ApiClient;
import org.newsroom.client.timeline.ApiException;
import org.newsroom.client.timeline.ApiResponse;
import org.newsroom.client.timeline.api.EventsApi;
import org.newsroom.client.timeline.api.SourcesApi;
import org.newsroom.client.timeline.api.TimelineApi;
import org.newsroom.client.timeline.model.CitationRequest;
import org.newsroom.client.timeline.model.Event;
import org.newsroom.client.timeline.model.EventRequest;
import org.newsroom.client.timeline.model.EventStatus;
import org.newsroom.client.timeline.model.EventTime;
import org.newsroom.client.timeline.model.Precision;
import org.newsroom.client.timeline.model.Problem;
import org.newsroom.client.timeline.model.QuoteSelector;
import org.newsroom.client.timeline.model.Source;
import org.newsroom.client.timeline.model.SourceRequest;
import org.newsroom.client.timeline.model.TimelineEntry;
import org.newsroom.client.timeline.model.TimelineEntryPage;
import org.newsroom.testing.Tokens;

/**
 * The clients generated from the services' documents, driven against the running services: what a
 * consumer of the published contract does, with no hand-written HTTP.
 */
class ClientRoundTripTest {

  private static final String JOURNALIST = Tokens.journalist("Jo Journalist");
  private static final String EDITOR = Tokens.editor("Ed Editor");

  private static RunningServices services;

  @BeforeAll
  static void startServices() {
    services = RunningServices.start();
  }

  @AfterAll
  static void stopServices() {
    if (services != null) {
      services.close();
    }
  }

  @Test
  void shouldRoundTripThroughTheGeneratedJavaClients() throws Exception {
    ApiClient timeline = timelineClient(JOURNALIST);
    SourcesApi sources = new SourcesApi(timeline);
    EventsApi events = new EventsApi(timeline);
    String tag = UUID.randomUUID().toString().substring(0, 8);

    // Ingest two sources that disagree on how long the talks lasted.
    Source wire =
        sources.ingestSource(
            new SourceRequest()
                .outlet("Java Wire " + tag)
                .title("Talks end")
                .language("en")
                .text("RIYADH — The talks ended after almost five hours on Tuesday. " + tag),
            null);
    Source other =
        sources.ingestSource(
            new SourceRequest()
                .outlet("Java Daily " + tag)
                .text("The 4-1/2 hours of talks ended on Tuesday. " + tag),
            null);
    assertNotNull(wire.getId());
    assertNotNull(other.getId());
    assertEquals("Java Wire " + tag, wire.getOutlet());

    // Create an event citing the first.
    ApiResponse<Event> created =
        events.createEventWithHttpInfo(event("Riyadh talks end " + tag, wire.getId()), null);
    assertEquals(201, created.getStatusCode());
    Event event = created.getData();
    assertNotNull(event.getId());
    assertEquals(1, event.getCitations().size());

    // Read the timeline: the day, the events citing the source, entered by people.
    TimelineEntryPage page =
        new TimelineApi(timeline)
            .getTimeline(
                "2025-02-18",
                100,
                0,
                List.of("MANUAL"), // not the candidates the analysis proposes from the sources
                null,
                null,
                null,
                null,
                null,
                wire.getId(),
                null,
                null,
                "2025-02-18");
    List<Long> ids = page.getItems().stream().map(TimelineEntry::getEventId).toList();
    assertEquals(List.of(event.getId()), ids);

    // Update with the ETag the client read; the same ETag again is stale: 412 with a problem.
    String etag = header(events.getEventWithHttpInfo(event.getId()).getHeaders(), "ETag");
    ApiResponse<Event> updated =
        events.updateEventWithHttpInfo(
            event.getId(),
            etag,
            event("Riyadh talks end after almost five hours " + tag, wire.getId()));
    assertEquals(200, updated.getStatusCode());
    assertEquals("Riyadh talks end after almost five hours " + tag, updated.getData().getTitle());
    assertFalse(etag.equals(header(updated.getHeaders(), "ETag")));
    ApiException stale =
        assertThrows(
            ApiException.class,
            () -> events.updateEvent(event.getId(), etag, event("Stale " + tag, wire.getId())));
    assertEquals(412, stale.getCode());
    Problem preconditionFailed = problem(timeline, stale);
    assertEquals(412, preconditionFailed.getStatus());
    assertTrue(preconditionFailed.getType().startsWith("urn:newsroom:problem:"));

    // A quote that is not in the source: 422, its problem body naming the offending field.
    EventRequest misquoted = event("Misquoted " + tag, wire.getId());
    misquoted.getCitations().get(0).getQuote().setExact("not in the article " + tag);
    ApiException unprocessable =
        assertThrows(ApiException.class, () -> events.createEvent(misquoted, null));
    assertEquals(422, unprocessable.getCode());
    Problem invalid = problem(timeline, unprocessable);
    assertEquals("urn:newsroom:problem:citation-invalid", invalid.getType());
    assertEquals(422, invalid.getStatus());
    assertFalse(invalid.getErrors().isEmpty());
    assertTrue(invalid.getErrors().get(0).getField().startsWith("citations"));

    // Record the discrepancy in factcheck-service, file a correction, an editor approves it.
    org.newsroom.client.factcheck.ApiClient factcheck = factcheckClient(JOURNALIST);
    Discrepancy discrepancy =
        new DiscrepanciesApi(factcheck)
            .recordDiscrepancy(
                new DiscrepancyRequest()
                    .subject("Length of the talks " + tag)
                    .eventId(event.getId())
                    .attribute(Attribute.DURATION)
                    .kind(DiscrepancyKind.NUMERIC_MISMATCH)
                    .severity(Severity.MEDIUM)
                    .description("Sources give different lengths")
                    .assertions(
                        List.of(
                            assertion(wire.getId(), "almost five hours"),
                            assertion(other.getId(), "4-1/2 hours"))),
                null);
    assertNotNull(discrepancy.getId());
    assertEquals(DiscrepancyStatus.OPEN, discrepancy.getStatus());

    Correction filed =
        new CorrectionsApi(factcheck)
            .fileCorrection(
                new CorrectionRequest()
                    .sourceId(wire.getId())
                    .quote(
                        new org.newsroom.client.factcheck.model.QuoteSelector()
                            .exact("almost five hours"))
                    .discrepancyId(discrepancy.getId())
                    .type(CorrectionType.CORRECTION)
                    .originalText("almost five hours")
                    .correctedText("four and a half hours")
                    .reason("Pool timings say 4h30")
                    .publicNote("An earlier version gave the wrong length."),
                null);
    assertEquals(CorrectionStatus.SUBMITTED, filed.getStatus());

    CorrectionsApi asEditor = new CorrectionsApi(factcheckClient(EDITOR));
    String correctionTag =
        header(asEditor.getCorrectionWithHttpInfo(filed.getId()).getHeaders(), "ETag");
    Correction approved =
        asEditor.approveCorrection(
            filed.getId(), correctionTag, new TransitionNote().note("Checked against the pool"));
    assertEquals(CorrectionStatus.APPROVED, approved.getStatus());
    assertEquals(
        DiscrepancyStatus.RESOLVED,
        new DiscrepanciesApi(factcheck).getDiscrepancy(discrepancy.getId()).getStatus());
  }

  @Test
  void shouldRoundTripThroughTheGeneratedTypeScriptClients() throws Exception {
    Path script = Path.of("target", "typescript", "src", "test", "typescript", "roundtrip.js");
    assertTrue(Files.isRegularFile(script), script + " is built by tsc in process-test-classes");
    Path log = Path.of("target", "typescript-roundtrip.log");
    ProcessBuilder builder = new ProcessBuilder("node", script.toString());
    builder.environment().put("TIMELINE_URL", services.timelineUrl);
    builder.environment().put("FACTCHECK_URL", services.factcheckUrl);
    builder.environment().put("JOURNALIST_TOKEN", JOURNALIST);
    builder.environment().put("EDITOR_TOKEN", EDITOR);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process node = builder.start();
    assertTrue(node.waitFor(60, TimeUnit.SECONDS), "the TypeScript round trip took over 60 s");
    assertEquals(0, node.exitValue(), () -> "TypeScript round trip failed:\n" + read(log));
    assertTrue(read(log).contains("round trip done"), () -> read(log));
  }

  private static ApiClient timelineClient(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(services.timelineUrl);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  private static org.newsroom.client.factcheck.ApiClient factcheckClient(String token) {
    org.newsroom.client.factcheck.ApiClient client = new org.newsroom.client.factcheck.ApiClient();
    client.updateBaseUri(services.factcheckUrl);
    client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    return client;
  }

  private static EventRequest event(String title, long sourceId) {
    return new EventRequest()
        .title(title)
        .start(new EventTime().value("2025-02-18").precision(Precision.DAY))
        .status(EventStatus.OCCURRED)
        .place("Riyadh")
        .citations(
            new java.util.ArrayList<>(
                List.of(
                    new CitationRequest()
                        .sourceId(sourceId)
                        .quote(new QuoteSelector().exact("almost five hours")))));
  }

  private static AssertionRequest assertion(long sourceId, String exact) {
    return new AssertionRequest()
        .sourceId(sourceId)
        .quote(new org.newsroom.client.factcheck.model.QuoteSelector().exact(exact))
        .statedValue(exact);
  }

  /** The problem+json body of a failed call, read with the client's own mapper. */
  private static Problem problem(ApiClient client, ApiException e) throws IOException {
    assertTrue(
        e.getResponseHeaders()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
  }

  private static String header(Map<String, List<String>> headers, String name) {
    return headers.entrySet().stream()
        .filter(h -> h.getKey().equalsIgnoreCase(name))
        .map(h -> h.getValue().get(0))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " header"));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
