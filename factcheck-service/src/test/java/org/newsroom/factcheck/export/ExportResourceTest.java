package org.newsroom.factcheck.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.OTHER_EDITOR;
import static org.newsroom.factcheck.Fixtures.timeline;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.factcheck.TimelineServiceResource;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.AssertionBody;
import org.newsroom.testing.body.CorrectionBody;
import org.newsroom.testing.body.SourceBody;
import org.newsroom.testing.body.StatusChangeBody;
import org.newsroom.testing.body.TransitionNoteBody;

/** The schema.org and W3C exports, against the real timeline-service. */
@QuarkusTest
class ExportResourceTest {

  private record Recorded(long id, long published, long unpublished, String outlet) {}

  /** Two sources, the first with a URL, disagreeing on a length; recorded OPEN. */
  private static Recorded recorded() {
    String outlet = unique("Harbour Ledger");
    long published =
        TimelineFixtures.createSource(
            timeline(JOURNALIST),
            SourceBody.of(outlet, "The ferry crossing took 4-1/2 hours. " + unique("x"))
                .withTitle("Crossing <times>")
                .withUrl("https://ledger.example/crossing"));
    long unpublished =
        Fixtures.source(unique("Valley Courier"), "It took almost five hours. " + unique("y"));
    long id =
        as(JOURNALIST)
            .body(
                Fixtures.discrepancy(
                    unique("Crossing time"),
                    AssertionBody.of(published, "4-1/2 hours", "4-1/2 hours"),
                    AssertionBody.of(unpublished, "almost five hours", "almost five hours")))
            .post("/api/v1/discrepancies")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    return new Recorded(id, published, unpublished, outlet);
  }

  private static void decide(long id, StatusChangeBody decision) {
    as(EDITOR)
        .header("If-Match", Fixtures.etag("/api/v1/discrepancies/{id}", id))
        .body(decision)
        .post("/api/v1/discrepancies/{id}/status", id)
        .then()
        .statusCode(200);
  }

  private static JsonPath claimReview(long id) {
    Response response = given().get("/api/v1/discrepancies/{id}/claim-review", id);
    response.then().statusCode(200).contentType("application/ld+json");
    return response.jsonPath();
  }

  @Test
  void shouldAnswerAResolvedDiscrepancyWithGooglesRequiredClaimReviewProperties() {
    Recorded r = recorded();
    given()
        .get("/api/v1/discrepancies/{id}/claim-review", r.id())
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", org.hamcrest.Matchers.equalTo("urn:newsroom:problem:not-reviewed"));

    decide(r.id(), StatusChangeBody.to("RESOLVED", "The log says 4-1/2").withPreferredAssertion(0));
    JsonPath doc = claimReview(r.id());

    assertEquals("https://schema.org", doc.getString("'@context'"));
    List<Map<String, Object>> reviews = doc.getList("'@graph'");
    assertEquals(2, reviews.size());
    for (int i = 0; i < reviews.size(); i++) {
      String at = "'@graph'[" + i + "].";
      // Google's ClaimReview structured data: required claimReviewed, reviewRating with
      // alternateName, author; url (or itemReviewed.appearance) where the claim is.
      assertEquals("ClaimReview", doc.getString(at + "'@type'"));
      assertFalse(doc.getString(at + "claimReviewed").isBlank());
      assertEquals("Rating", doc.getString(at + "reviewRating.'@type'"));
      assertFalse(doc.getString(at + "reviewRating.alternateName").isBlank());
      assertEquals("Organization", doc.getString(at + "author.'@type'"));
      assertFalse(doc.getString(at + "author.name").isBlank());
      assertTrue(doc.getString(at + "url").contains("/api/v1/discrepancies/" + r.id()));
      assertEquals("Claim", doc.getString(at + "itemReviewed.'@type'"));
      assertEquals("NewsArticle", doc.getString(at + "itemReviewed.appearance[0].'@type'"));
      assertTrue(doc.getString(at + "itemReviewed.appearance[0].url").startsWith("http"));
      assertTrue(doc.getString(at + "datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
    }
    assertEquals("4-1/2 hours", doc.getString("'@graph'[0].claimReviewed"));
    assertEquals("Accurate", doc.getString("'@graph'[0].reviewRating.alternateName"));
    assertEquals(
        "https://ledger.example/crossing",
        doc.getString("'@graph'[0].itemReviewed.appearance[0].url"));
    assertEquals(
        "Crossing <times>", doc.getString("'@graph'[0].itemReviewed.appearance[0].headline"));
    assertEquals(
        r.outlet(), doc.getString("'@graph'[0].itemReviewed.appearance[0].publisher.name"));
    assertEquals("almost five hours", doc.getString("'@graph'[1].claimReviewed"));
    assertEquals("Inaccurate", doc.getString("'@graph'[1].reviewRating.alternateName"));
    assertEquals(
        "http://localhost:" + TimelineServiceResource.port() + "/api/v1/sources/" + r.unpublished(),
        doc.getString("'@graph'[1].itemReviewed.appearance[0].url"));
  }

  @Test
  void shouldRateAConfirmedDiscrepancyDisputedAndADismissedOneNotDisputed() {
    Recorded confirmed = recorded();
    decide(confirmed.id(), StatusChangeBody.to("CONFIRMED", "They do disagree"));
    assertEquals(
        List.of("Disputed", "Disputed"),
        claimReview(confirmed.id()).getList("'@graph'.reviewRating.alternateName"));

    Recorded dismissed = recorded();
    decide(dismissed.id(), StatusChangeBody.to("DISMISSED", "Two ways of rounding"));
    assertEquals(
        List.of("Not disputed", "Not disputed"),
        claimReview(dismissed.id()).getList("'@graph'.reviewRating.alternateName"));
  }

  @Test
  void shouldAnswerUnknownDiscrepanciesAndCorrectionsWith404Problems() {
    for (String path :
        List.of(
            "/api/v1/discrepancies/999999999/claim-review",
            "/api/v1/discrepancies/999999999/annotations",
            "/api/v1/corrections/999999999/correction-comment")) {
      given().get(path).then().statusCode(404).contentType("application/problem+json");
    }
  }

  @Test
  void shouldAnswerAPublishedCorrectionAsACorrectionComment() {
    String outlet = unique("Harbour Ledger");
    long source =
        TimelineFixtures.createSource(
            timeline(JOURNALIST),
            SourceBody.of(outlet, "Published March 6, 2021. HAMBURG, March 5. " + unique("z"))
                .withTitle("Dock strike ends")
                .withUrl("https://ledger.example/dock"));
    long id =
        as(JOURNALIST)
            .body(
                CorrectionBody.of(
                    source,
                    "March 6, 2021",
                    "March 6, 2025",
                    "The dateline says otherwise",
                    "An earlier version gave the wrong year."))
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    String path = "/api/v1/corrections/{id}/correction-comment";
    given()
        .get(path, id)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.equalTo("urn:newsroom:problem:not-published"));
    as(OTHER_EDITOR)
        .header("If-Match", "\"0\"")
        .body(TransitionNoteBody.of("Checked against the dateline"))
        .post("/api/v1/corrections/{id}/approve", id)
        .then()
        .statusCode(200);
    given().get(path, id).then().statusCode(409);
    as(OTHER_EDITOR)
        .header("If-Match", "\"1\"")
        .body(TransitionNoteBody.of(null))
        .post("/api/v1/corrections/{id}/publish", id)
        .then()
        .statusCode(200);

    Response response = given().get(path, id);
    response.then().statusCode(200).contentType("application/ld+json");
    JsonPath doc = response.jsonPath();
    assertEquals("https://schema.org", doc.getString("'@context'"));
    assertEquals("CorrectionComment", doc.getString("'@type'"));
    assertEquals("An earlier version gave the wrong year.", doc.getString("text"));
    assertNotNull(doc.getString("datePublished"));
    assertEquals("NewsArticle", doc.getString("parentItem.'@type'"));
    assertEquals("https://ledger.example/dock", doc.getString("parentItem.url"));
    assertEquals("Dock strike ends", doc.getString("parentItem.headline"));
    assertEquals(outlet, doc.getString("parentItem.publisher.name"));
  }

  @Test
  void shouldAnswerAssertionsAsW3cAnnotationsAssessingTheQuotes() {
    Recorded r = recorded();
    String sha =
        timeline(JOURNALIST)
            .get("/api/v1/sources/{id}", r.published())
            .jsonPath()
            .getString("contentSha256");
    Response response = given().get("/api/v1/discrepancies/{id}/annotations", r.id());
    response.then().statusCode(200);
    assertEquals(
        "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"",
        response.contentType().replace("; ", ";"));
    JsonPath page = response.jsonPath();
    assertEquals("http://www.w3.org/ns/anno.jsonld", page.getString("'@context'"));
    assertEquals("AnnotationPage", page.getString("type"));
    assertEquals(2, page.getList("items").size());
    for (int i = 0; i < 2; i++) {
      String at = "items[" + i + "].";
      assertTrue(page.getString(at + "id").startsWith("http"));
      assertEquals("Annotation", page.getString(at + "type"));
      assertEquals("assessing", page.getString(at + "motivation"));
      assertTrue(page.getString(at + "body.id").endsWith("/api/v1/discrepancies/" + r.id()));
      assertEquals("SpecificResource", page.getString(at + "target.type"));
      assertEquals("TextQuoteSelector", page.getString(at + "target.selector[0].type"));
      assertEquals("TextPositionSelector", page.getString(at + "target.selector[1].type"));
    }
    assertEquals("https://ledger.example/crossing", page.getString("items[0].target.source"));
    assertEquals("4-1/2 hours", page.getString("items[0].target.selector[0].exact"));
    assertEquals(24, page.getInt("items[0].target.selector[1].start"));
    assertEquals(35, page.getInt("items[0].target.selector[1].end"));
    assertEquals("TimeState", page.getString("items[0].target.state[0].type"));
    assertEquals(
        "http://localhost:"
            + TimelineServiceResource.port()
            + "/api/v1/sources/"
            + r.published()
            + "/text",
        page.getString("items[0].target.state[0].cached"));
    assertEquals(sha, page.getString("items[0].target.state[1].value"));
    assertEquals(
        "http://localhost:"
            + TimelineServiceResource.port()
            + "/api/v1/sources/"
            + r.unpublished()
            + "/text",
        page.getString("items[1].target.source"));
  }
}
