package org.newsroom.factcheck;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.Api;

/** The published contract: operations, their documentation and errors, and the key schemas. */
@QuarkusTest
class OpenApiContractTest {

  private JsonPath doc;

  @BeforeEach
  void read() {
    doc = Api.openApi(given());
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> operations() {
    Map<String, Map<String, Object>> result = new java.util.HashMap<>();
    Map<String, Object> paths = doc.getMap("paths");
    paths.forEach(
        (path, item) ->
            ((Map<String, Object>) item)
                .forEach(
                    (method, op) -> {
                      if (op instanceof Map<?, ?> map && map.containsKey("responses")) {
                        result.put(method.toUpperCase() + " " + path, (Map<String, Object>) map);
                      }
                    }));
    return result;
  }

  @Test
  void shouldPublishItsInfoAndTheProblemResponse() {
    assertTrue(doc.getString("info.title").contains("fact-check"));
    assertEquals("1.0.0", doc.getString("info.version"));
    assertNotNull(doc.get("info.contact.email"));
    assertEquals(
        "#/components/schemas/Problem",
        doc.getString(
            "components.responses.NotFound.content.'application/problem+json'.schema.$ref"));
  }

  @Test
  void shouldPublishExactlyTheseOperations() {
    Set<String> ids = new HashSet<>();
    operations().values().forEach(op -> ids.add((String) op.get("operationId")));
    assertEquals(
        Set.of(
            "recordDiscrepancy",
            "listDiscrepancies",
            "getDiscrepancy",
            "updateDiscrepancy",
            "changeDiscrepancyStatus",
            "getDiscrepancyHistory",
            "listDiscrepancyChanges",
            "fileCorrection",
            "listCorrections",
            "getCorrection",
            "updateCorrection",
            "approveCorrection",
            "rejectCorrection",
            "publishCorrection",
            "withdrawCorrection",
            "getCorrectionHistory",
            "listCorrectionChanges",
            "runDetection",
            "createWebhook",
            "listWebhooks",
            "getWebhook",
            "deleteWebhook",
            "listWebhookDeliveries",
            "testWebhook",
            "getDiscrepancyClaimReview",
            "getDiscrepancyAnnotations",
            "getCorrectionComment"),
        ids);
  }

  @Test
  void shouldPublishTheWebhookEventTypesThisServiceSends() {
    assertEquals(
        List.of(
            "discrepancy.detected",
            "discrepancy.resolved",
            "correction.submitted",
            "correction.approved",
            "correction.published"),
        doc.getList("components.schemas.WebhookEventType.enum"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldDocumentEveryOperationWithSummaryTagsAndErrors() {
    operations()
        .forEach(
            (name, op) -> {
              assertNotNull(op.get("summary"), name + " has no summary");
              assertFalse(((List<String>) op.get("tags")).isEmpty(), name + " has no tag");
              Map<String, Object> responses = (Map<String, Object>) op.get("responses");
              assertTrue(
                  responses.keySet().stream().anyMatch(code -> code.startsWith("4")),
                  name + " documents no error response");
              if (!name.startsWith("GET")) {
                assertTrue(responses.containsKey("401"), name + " documents no 401");
              }
            });
    for (String write :
        List.of(
            "POST /api/v1/discrepancies",
            "PUT /api/v1/discrepancies/{id}",
            "POST /api/v1/corrections")) {
      Map<String, Object> responses =
          (Map<String, Object>) operations().get(write).get("responses");
      assertTrue(responses.containsKey("422"), write + " documents no 422");
      assertTrue(responses.containsKey("503"), write + " documents no 503");
    }
  }

  @Test
  void shouldDescribeTheKeySchemas() {
    assertTrue(
        doc.getMap("components.schemas.Discrepancy.properties")
            .keySet()
            .containsAll(
                Set.of(
                    "subject",
                    "eventId",
                    "attribute",
                    "kind",
                    "severity",
                    "status",
                    "assertions",
                    "resolution",
                    "recordedBy",
                    "recorderKind",
                    "rule",
                    "personEdited",
                    "version")));
    assertTrue(
        doc.getMap("components.schemas.DetectionReport.properties")
            .keySet()
            .containsAll(Set.of("dryRun", "sources", "recorded", "updated", "skipped")));
    assertTrue(
        doc.getMap("components.schemas.Assertion.properties")
            .keySet()
            .containsAll(Set.of("sourceId", "quote", "sourceSha256", "statedValue", "normalized")));
    assertTrue(
        doc.getMap("components.schemas.Correction.properties")
            .keySet()
            .containsAll(
                Set.of(
                    "sourceId",
                    "quote",
                    "discrepancyId",
                    "eventId",
                    "type",
                    "status",
                    "originalText",
                    "correctedText",
                    "reason",
                    "publicNote",
                    "submittedBy")));
    assertEquals(
        List.of("DURATION", "DATE", "NUMBER"), doc.getList("components.schemas.Type.enum"));
    assertEquals(
        List.of("EXACTLY", "APPROXIMATELY", "LESS_THAN", "MORE_THAN", "AT_LEAST", "AT_MOST"),
        doc.getList("components.schemas.Qualifier.enum"));
    assertEquals(
        List.of("SUBMITTED", "APPROVED", "REJECTED", "PUBLISHED", "WITHDRAWN"),
        doc.getList("components.schemas.CorrectionStatus.enum"));
    assertTrue(
        doc.getMap("components.schemas.Transition.properties")
            .keySet()
            .containsAll(Set.of("from", "to", "by", "at", "note")));
    assertEquals(
        "#/components/schemas/Problem",
        doc.getString(
            "components.responses.ServiceUnavailable.content.'application/problem+json'.schema.$ref"));
  }

  @Test
  void shouldNamePagesAfterTheirItems() {
    Map<String, Object> schemas = doc.getMap("components.schemas");
    assertTrue(
        schemas.keySet().stream().noneMatch(name -> name.startsWith("Page")),
        schemas.keySet()::toString);
    for (String page : List.of("DiscrepancyPage", "CorrectionPage", "ChangePage")) {
      assertTrue(schemas.containsKey(page), "schema " + page + " is missing");
      assertEquals(
          "#/components/schemas/" + page.substring(0, page.length() - "Page".length()),
          doc.getString("components.schemas." + page + ".properties.items.items.$ref"));
    }
    assertEquals(
        "#/components/schemas/CorrectionPage",
        doc.getString(
            "paths.'/api/v1/corrections'.get.responses.'200'.content.'application/json'.schema.$ref"));
  }

  @Test
  void shouldPublishTheConstraintsTheServerEnforces() {
    assertEquals("Apache-2.0", doc.getString("info.license.identifier"));
    assertEquals(
        "^[0-9a-f]{64}$",
        doc.getString("components.schemas.AssertionRequest.properties.sourceSha256.pattern"));
    assertEquals(
        2, doc.getInt("components.schemas.DiscrepancyRequest.properties.assertions.minItems"));
    assertEquals(
        20, doc.getInt("components.schemas.DiscrepancyRequest.properties.assertions.maxItems"));
    Map<String, Object> ifMatch =
        doc.getMap(
            "paths.'/api/v1/corrections/{id}/approve'.post.parameters.find { it.name == 'If-Match' }");
    assertEquals(true, ifMatch.get("required"), "If-Match is required where 428 is answered");
    assertEquals(
        List.of("editor"), doc.getList("paths.'/api/v1/corrections/{id}/approve'.post.x-roles"));
  }
}
