package org.newsroom.timeline.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.Fixtures.createEvent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.EventBody;
import org.newsroom.testing.body.SourceBody;
import org.newsroom.testing.body.TimeBody;

@QuarkusTest
class CitationAnnotationResourceTest {

  /** The motivations the W3C Web Annotation vocabulary defines. */
  private static final Set<String> MOTIVATIONS =
      Set.of(
          "assessing",
          "bookmarking",
          "classifying",
          "commenting",
          "describing",
          "editing",
          "highlighting",
          "identifying",
          "linking",
          "moderating",
          "questioning",
          "replying",
          "tagging");

  @Test
  void shouldAnswerEachCitationAsAW3cAnnotationOfTheExactQuote() {
    String text = "Ferries resumed on Tuesday, the port said. Émile’s crew 📰 sailed at dawn.";
    long published =
        TimelineFixtures.createSource(
            as(JOURNALIST),
            SourceBody.of("Harbour Ledger", text + unique(" "))
                .withUrl("https://ledger.example/ferries"));
    long unpublished =
        TimelineFixtures.source(as(JOURNALIST), "Valley Courier", text + unique(" "));
    long event =
        createEvent(
            EventBody.occurred(
                    "Ferries resume",
                    TimeBody.of("2025-02-18", "DAY"),
                    CitationBody.of(published, "Ferries resumed"))
                .plusCitation(CitationBody.of(unpublished, "sailed at dawn")));
    JsonPath stored = given().get("/api/v1/events/" + event).then().extract().jsonPath();
    String sha = given().get("/api/v1/sources/" + published).jsonPath().getString("contentSha256");

    Response response = given().get("/api/v1/events/" + event + "/annotations");
    response.then().statusCode(200);
    assertEquals(
        "application/ld+json;profile=\"http://www.w3.org/ns/anno.jsonld\"",
        response.contentType().replace("; ", ";"));
    JsonPath page = response.jsonPath();

    assertEquals("http://www.w3.org/ns/anno.jsonld", page.getString("'@context'"));
    assertEquals("AnnotationPage", page.getString("type"));
    assertTrue(page.getString("id").endsWith("/api/v1/events/" + event + "/annotations"));
    List<Map<String, Object>> items = page.getList("items");
    assertEquals(2, items.size());
    for (Map<String, Object> item : items) {
      // Required by the model: id (an IRI), type Annotation, a target; body and motivation as used.
      assertTrue(((String) item.get("id")).startsWith("http"), "id is an IRI");
      assertEquals("Annotation", item.get("type"));
      assertNotNull(item.get("target"));
      assertTrue(MOTIVATIONS.contains((String) item.get("motivation")));
      assertFalse(item.containsKey("@context"), "the page carries the context");
    }

    long firstCitation = stored.getLong("citations[0].id");
    assertEquals(
        page.getString("id") + "#citation-" + firstCitation, page.getString("items[0].id"));
    assertEquals("linking", page.getString("items[0].motivation"));
    assertTrue(page.getString("items[0].body.id").endsWith("/api/v1/events/" + event));
    assertEquals("Dataset", page.getString("items[0].body.type"));
    assertEquals("application/json", page.getString("items[0].body.format"));

    assertEquals("SpecificResource", page.getString("items[0].target.type"));
    assertEquals("https://ledger.example/ferries", page.getString("items[0].target.source"));
    assertEquals(
        Map.of(
            "type",
            "TextQuoteSelector",
            "exact",
            "Ferries resumed",
            "suffix",
            stored.getString("citations[0].quote.suffix")),
        page.getMap("items[0].target.selector[0]"));
    assertEquals(
        Map.of("type", "TextPositionSelector", "start", 0, "end", 15),
        page.getMap("items[0].target.selector[1]"));
    assertEquals("TimeState", page.getString("items[0].target.state[0].type"));
    assertTrue(
        page.getString("items[0].target.state[0].cached")
            .endsWith("/api/v1/sources/" + published + "/text"));
    assertNotNull(page.getString("items[0].target.state[0].sourceDate"));
    assertEquals(
        "urn:newsroom:annotation:ContentSha256State",
        page.getString("items[0].target.state[1].type"));
    assertEquals(sha, page.getString("items[0].target.state[1].value"));

    // No article URL: the target is the stored text itself, pinned by its hash.
    assertTrue(
        page.getString("items[1].target.source")
            .endsWith("/api/v1/sources/" + unpublished + "/text"));
    assertEquals(1, page.getList("items[1].target.state").size());
    assertEquals(
        "urn:newsroom:annotation:ContentSha256State",
        page.getString("items[1].target.state[0].type"));
    // Offsets count code points (📰 is one), as TextPositionSelector requires.
    int start = text.codePointCount(0, text.indexOf("sailed at dawn"));
    assertEquals(start, page.getInt("items[1].target.selector[1].start"));
    assertEquals(start + 14, page.getInt("items[1].target.selector[1].end"));
  }

  @Test
  void shouldAnswerPlainJsonWhenAskedForIt() {
    long src =
        TimelineFixtures.source(as(JOURNALIST), "Harbour Ledger", "Quiet day." + unique(" "));
    long event =
        createEvent(
            EventBody.occurred(
                "Quiet", TimeBody.of("2025-02-18", "DAY"), CitationBody.of(src, "Quiet day")));
    given()
        .accept("application/json")
        .get("/api/v1/events/" + event + "/annotations")
        .then()
        .statusCode(200)
        .contentType("application/json");
  }

  @Test
  void shouldAnswer404ProblemForAnEventThatDoesNotExist() {
    given()
        .get("/api/v1/events/999999999/annotations")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
