package org.newsroom.timeline.analysis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.timeline.Fixtures.JOURNALIST;
import static org.newsroom.timeline.analysis.AnalysisResourceTest.article;
import static org.newsroom.timeline.analysis.AnalysisResourceTest.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The feed of analyses and the claims, as factcheck-service reads them. */
@QuarkusTest
class AnalysisFeedResourceTest {

  /** Reads the feed from a cursor to its end; answers the changes and the last cursor. */
  private static Map.Entry<List<Map<String, Object>>, String> readFrom(String cursor) {
    List<Map<String, Object>> changes = new ArrayList<>();
    boolean more = true;
    while (more) {
      var request = given().queryParam("limit", 500);
      if (cursor != null) {
        request.queryParam("after", cursor);
      }
      JsonPath page =
          request.get("/api/v1/analysis-changes").then().statusCode(200).extract().jsonPath();
      changes.addAll(page.getList("items"));
      cursor = page.getString("next");
      more = page.getBoolean("more");
    }
    return Map.entry(changes, cursor == null ? "0.0" : cursor);
  }

  private static List<Long> sourceIds(List<Map<String, Object>> changes) {
    return changes.stream().map(c -> ((Number) c.get("sourceId")).longValue()).toList();
  }

  @Test
  void shouldServeEachAnalysisOnceAfterTheCursorInOrder() {
    String cursor = readFrom(null).getValue();
    long first = ingest(article("Feed Daily", "Monday 3 March 2031", "The council met on Monday."));
    long second = ingest(article("Feed Daily", "Monday 3 March 2031", "The mayor spoke today."));
    as(JOURNALIST).post("/api/v1/sources/{id}/analysis", first).then().statusCode(200);

    var after = readFrom(cursor);
    List<Long> ids = sourceIds(after.getKey());
    assertEquals(
        List.of(first, second, first),
        ids.stream().filter(i -> i == first || i == second).toList());
    assertEquals(List.of(), sourceIds(readFrom(after.getValue()).getKey()), "nothing twice");
  }

  @Test
  void shouldPageWithTheNextCursor() {
    String cursor = readFrom(null).getValue();
    long a = ingest(article("Feed Weekly", "Monday 3 March 2031", "The board met on Monday."));
    long b = ingest(article("Feed Weekly", "Monday 3 March 2031", "The board met again today."));
    JsonPath one =
        given()
            .queryParam("after", cursor)
            .queryParam("limit", 1)
            .get("/api/v1/analysis-changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(a), sourceIds(one.getList("items")));
    assertTrue(one.getBoolean("more"));
    JsonPath two =
        given()
            .queryParam("after", one.getString("next"))
            .get("/api/v1/analysis-changes")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(b, sourceIds(two.getList("items")).get(0));
  }

  @Test
  void shouldRefuseACursorItDidNotGiveOut() {
    for (String bad : List.of("abc", "1", "1.2.3", "-1.5", "99999999999999999999.1")) {
      given()
          .queryParam("after", bad)
          .get("/api/v1/analysis-changes")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("after"));
    }
    given().queryParam("limit", 0).get("/api/v1/analysis-changes").then().statusCode(400);
    given().queryParam("limit", 501).get("/api/v1/analysis-changes").then().statusCode(400);
  }

  @Test
  void shouldServeTheClaimsWithWhoWhereWhenAndWhatBecameOfIt() {
    long id =
        ingest(
            article(
                "Claims Gazette",
                "Monday 3 March 2031",
                "Governor Ana Ribeiro has cancelled her visit to Braga.\n"
                    + "The ministers met in Faro on Monday."));
    JsonPath claims =
        given()
            .queryParam("kind", "CLAIMS")
            .get("/api/v1/sources/{id}/analysis", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(), claims.getList("mentions"), "only the part asked for");
    assertEquals("TRAVEL", claims.getString("claims[0].kind"));
    assertEquals("CANCELLED", claims.getString("claims[0].status"));
    assertEquals("ribeiro", claims.getString("claims[0].people[0].key"));
    assertEquals("braga", claims.getString("claims[0].places[0].key"));
    assertEquals("MEETING", claims.getString("claims[1].kind"));
    assertEquals("faro", claims.getString("claims[1].places[0].key"));
    int dateStart = claims.getInt("claims[1].dates[0].start");
    JsonPath mentions =
        given()
            .queryParam("kind", "MENTIONS")
            .get("/api/v1/sources/{id}/analysis", id)
            .then()
            .extract()
            .jsonPath();
    assertEquals(
        "Monday",
        mentions.<Map<String, Object>>getList("mentions").stream()
            .filter(m -> ((Map<?, ?>) m.get("span")).get("start").equals(dateStart))
            .findFirst()
            .orElseThrow()
            .get("text"));
  }
}
