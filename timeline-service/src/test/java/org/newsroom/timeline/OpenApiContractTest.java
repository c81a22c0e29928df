package org.newsroom.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.Api;

/** The published contract generated clients depend on: it must not drift silently. */
@QuarkusTest
class OpenApiContractTest {

  private static final Set<String> OPERATIONS =
      Set.of(
          "ingestSource",
          "listAnalysisChanges",
          "listSources",
          "getSource",
          "getSourceText",
          "updateSource",
          "deleteSource",
          "checkQuote",
          "createEvent",
          "listEvents",
          "getEvent",
          "updateEvent",
          "deleteEvent",
          "getTimeline",
          "getTimelineJs",
          "getTimelineCalendar",
          "getEventAnnotations",
          "getSourceAnalysis",
          "runSourceAnalysis",
          "listFindings",
          "getEventEvidence",
          "reviewEvent",
          "mergeEvents",
          "splitEvent",
          "reviewSuggestedCitation",
          "getEventHistory",
          "listEventChanges",
          "listSourceChanges",
          "createWebhook",
          "listWebhooks",
          "getWebhook",
          "deleteWebhook",
          "listWebhookDeliveries",
          "testWebhook");

  private static JsonPath document() {
    return Api.openApi(given());
  }

  @Test
  void shouldPublishEveryOperationWithIdSummaryTagsAndErrors() {
    JsonPath doc = document();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    Set<String> seen = new TreeSet<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  String id = (String) operation.get("operationId");
                  assertNotNull(id, method + " " + path + " has no operationId");
                  seen.add(id);
                  assertNotNull(operation.get("summary"), id + " has no summary");
                  assertFalse(((List<?>) operation.get("tags")).isEmpty(), id + " has no tags");
                  @SuppressWarnings("unchecked")
                  Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                  assertTrue(
                      responses.keySet().stream().anyMatch(code -> code.startsWith("4")),
                      id + " documents no error response");
                }));
    assertEquals(new TreeSet<>(OPERATIONS), seen);
  }

  @Test
  void shouldDocumentErrorsAsProblemJsonAndWritesAsSecured() {
    JsonPath doc = document();
    assertEquals(
        "#/components/schemas/Problem",
        doc.getString(
            "components.responses.NotFound.content.'application/problem+json'.schema.$ref"));
    assertEquals(
        "#/components/responses/PreconditionFailed",
        doc.getString("paths.'/api/v1/events/{id}'.put.responses.'412'.$ref"));
    assertEquals(
        "#/components/responses/PreconditionRequired",
        doc.getString("paths.'/api/v1/events/{id}'.put.responses.'428'.$ref"));
    assertEquals(
        "#/components/responses/UnprocessableContent",
        doc.getString("paths.'/api/v1/events'.post.responses.'422'.$ref"));
    assertNotNull(doc.get("paths.'/api/v1/events'.post.security"), "writes need a token");
    assertTrue(doc.getString("info.title").contains("timeline"));
    assertNotNull(doc.get("info.contact.email"));
  }

  @Test
  void shouldPublishTheMainSchemasWithTheirKeyFields() {
    JsonPath doc = document();
    Map<String, Object> schemas = doc.getMap("components.schemas");
    for (String schema :
        List.of(
            "Source",
            "SourceRequest",
            "Event",
            "EventRequest",
            "EventTime",
            "Citation",
            "CitationRequest",
            "QuoteSelector",
            "TimelineEntry",
            "TimelineCitation",
            "Problem",
            "SourceAnalysis",
            "Claim",
            "AnalysisChangePage",
            "DateMention",
            "DateFinding",
            "StatedQuantity",
            "NamedEntity",
            "EventEvidence",
            "ReviewDecision",
            "ReviewEntry",
            "TimelineJs",
            "AnnotationPage")) {
      assertTrue(schemas.containsKey(schema), "schema " + schema + " is missing");
    }
    Map<String, Object> source = doc.getMap("components.schemas.Source.properties");
    assertTrue(source.keySet().containsAll(Set.of("contentSha256", "printedDate", "trustedDate")));
    Map<String, Object> quote = doc.getMap("components.schemas.QuoteSelector.properties");
    assertEquals(Set.of("exact", "prefix", "suffix", "start", "end"), quote.keySet());
    List<String> precisions = doc.getList("components.schemas.Precision.enum");
    assertEquals(List.of("YEAR", "MONTH", "WEEK", "DAY", "MINUTE"), precisions);
    Map<String, Object> mention = doc.getMap("components.schemas.DateMention.properties");
    assertTrue(
        mention
            .keySet()
            .containsAll(Set.of("span", "value", "precision", "anchor", "rule", "alternatives")),
        mention.keySet()::toString);
    Map<String, Object> quantity = doc.getMap("components.schemas.StatedQuantity.properties");
    assertTrue(quantity.keySet().containsAll(Set.of("normalized", "qualifier", "subject", "unit")));
    List<String> findings = doc.getList("components.schemas.FindingKind.enum");
    assertTrue(findings.containsAll(List.of("WRONG_YEAR", "PLACEHOLDER", "WRITTEN_BEFORE_PRINT")));
    assertEquals(List.of("event.created"), doc.getList("components.schemas.WebhookEventType.enum"));
    Map<String, Object> delivery = doc.getMap("components.schemas.WebhookDelivery.properties");
    assertTrue(delivery.keySet().containsAll(Set.of("messageId", "status", "attempts", "payload")));
    List<String> statuses = doc.getList("components.schemas.EventStatus.enum");
    assertEquals(List.of("OCCURRED", "PLANNED", "POSTPONED", "CANCELLED", "EXPECTED"), statuses);
  }

  @Test
  void shouldNamePagesAfterTheirItems() {
    JsonPath doc = document();
    Map<String, Object> schemas = doc.getMap("components.schemas");
    assertTrue(
        schemas.keySet().stream().noneMatch(name -> name.startsWith("Page")),
        schemas.keySet()::toString);
    for (String page :
        List.of("EventPage", "SourcePage", "TimelineEntryPage", "DateFindingPage", "ChangePage")) {
      assertTrue(schemas.containsKey(page), "schema " + page + " is missing");
      String item = page.substring(0, page.length() - "Page".length());
      assertEquals(
          "#/components/schemas/" + item,
          doc.getString("components.schemas." + page + ".properties.items.items.$ref"));
      assertEquals(
          Set.of("items", "offset", "limit", "total", "nextOffset"),
          Set.copyOf(doc.getList("components.schemas." + page + ".required")));
    }
    assertEquals(
        "#/components/schemas/EventPage",
        doc.getString(
            "paths.'/api/v1/events'.get.responses.'200'.content.'application/json'.schema.$ref"));
    assertEquals(
        "#/components/schemas/ChangePage",
        doc.getString(
            "paths.'/api/v1/sources/{id}/changes'.get.responses.'200'.content.'application/json'.schema.$ref"));
  }

  @Test
  void shouldRequireWhatResponsesAlwaysHoldAndMarkWhatMayBeNull() {
    JsonPath doc = document();
    List<String> required = doc.getList("components.schemas.Source.required");
    assertTrue(
        required.containsAll(List.of("id", "outlet", "contentSha256", "createdAt", "version")),
        required::toString);
    assertFalse(required.contains("title"), required::toString);
    assertEquals(
        List.of("string", "null"), doc.getList("components.schemas.Source.properties.title.type"));
    assertEquals(
        List.of("string", "null"), doc.getList("components.schemas.Source.properties.url.type"));
    assertEquals(
        List.of("integer", "null"),
        doc.getList("components.schemas.Provenance.properties.mergedInto.type"));
    assertTrue(doc.getList("components.schemas.Event.required").contains("start"));
    assertEquals(
        "#/components/responses/UnsupportedMediaType",
        doc.getString("paths.'/api/v1/events'.post.responses.'415'.$ref"));
    assertEquals(
        "#/components/responses/PayloadTooLarge",
        doc.getString("paths.'/api/v1/events'.post.responses.'413'.$ref"));
    assertEquals(
        "#/components/responses/UriTooLong",
        doc.getString("paths.'/api/v1/events'.get.responses.'414'.$ref"));
  }

  @Test
  void shouldPublishTheConstraintsTheServerEnforces() {
    JsonPath doc = document();
    assertEquals("Apache-2.0", doc.getString("info.license.identifier"));
    assertEquals(
        "^[0-9a-f]{64}$",
        doc.getString("components.schemas.CitationRequest.properties.sourceSha256.pattern"));
    assertEquals(
        "^https?://\\S+$",
        doc.getString("components.schemas.SourceRequest.properties.url.pattern"));
    assertNotNull(doc.get("components.schemas.SourceRequest.properties.language.pattern"));
    assertNotNull(doc.get("components.schemas.EventTime.properties.value.pattern"));
    assertNotNull(doc.get("components.schemas.EventRequest.properties.timeZone.pattern"));
    assertEquals(500, doc.getInt("components.schemas.EventRequest.properties.title.maxLength"));
    assertEquals(
        Set.of("title", "start", "status", "citations"),
        Set.copyOf(doc.getList("components.schemas.EventRequest.required")));
    assertEquals(
        "#/components/schemas/LocalDate",
        doc.getString("components.schemas.SourceRequest.properties.trustedDate.$ref"));
    assertEquals("date", doc.getString("components.schemas.LocalDate.format"));
    Map<String, Object> ifMatch =
        doc.getMap("paths.'/api/v1/events/{id}'.put.parameters.find { it.name == 'If-Match' }");
    assertEquals(true, ifMatch.get("required"), "If-Match is required where 428 is answered");
    assertEquals(
        List.of("journalist", "editor"), doc.getList("paths.'/api/v1/events'.post.x-roles"));
    assertEquals(List.of(), doc.getList("paths.'/api/v1/events'.post.security[0].bearer"));
  }
}
