package org.newsroom.factcheck.detection.run;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.testing.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.TimelineServiceResource;
import org.newsroom.testing.PostgresResource;
import org.newsroom.testing.TimelineFixtures;
import org.newsroom.testing.body.DetectionBody;
import org.newsroom.testing.body.SourceBody;

/**
 * Detection measured on the labelled set ({@code labelled/detection.json}): the five seed files
 * posted as a user would, with the curated seeds off, and articles written for the set, into a
 * timeline-service of their own; one detection run over all of them. Prints precision and recall,
 * and asserts that every expected discrepancy is found and no look-alike is flagged.
 */
@QuarkusTest
@TestProfile(DetectionQualityTest.FromNothing.class)
class DetectionQualityTest {

  /** A seedless timeline-service and an empty database of this service's own. */
  public static class FromNothing implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(PostgresResource.Fresh.class),
          new TestResourceEntry(TimelineServiceResource.Empty.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }
  }

  @Test
  void shouldFindEveryLabelledDiscrepancyAndFlagNoLookAlike() throws IOException {
    JsonNode set = new ObjectMapper().readTree(resource("labelled/detection.json"));
    List<Long> sources = new ArrayList<>();
    for (JsonNode s : set.get("seeds")) {
      String text =
          Files.readString(Path.of("../seeds", s.get("file").asText()), StandardCharsets.UTF_8);
      sources.add(post(s.get("outlet").asText(), s.get("printedDate").asText(null), text));
    }
    for (JsonNode a : set.get("articles")) {
      sources.add(
          post(
              a.get("outlet").asText(), a.get("printedDate").asText(null), a.get("text").asText()));
    }

    as(JOURNALIST)
        .body(DetectionBody.overSources(sources))
        .post("/api/v1/detections")
        .then()
        .statusCode(200);
    List<Map<String, Object>> found =
        given()
            .queryParam("recorder", "DETECTOR")
            .queryParam("limit", 100)
            .get("/api/v1/discrepancies")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");

    Map<String, Boolean> expected = new LinkedHashMap<>();
    int matched = 0;
    for (Map<String, Object> d : found) {
      boolean any = false;
      for (JsonNode e : set.get("expected")) {
        if (matches(d, e)) {
          expected.put(e.get("name").asText(), true);
          any = true;
        }
      }
      if (any) {
        matched++;
      } else {
        System.out.println(
            "   unexpected: "
                + d.get("rule")
                + " "
                + d.get("subject")
                + " — "
                + d.get("description"));
      }
    }
    List<String> missed = new ArrayList<>();
    for (JsonNode e : set.get("expected")) {
      if (!expected.containsKey(e.get("name").asText())) {
        missed.add(e.get("name").asText());
      }
    }
    List<String> flagged = new ArrayList<>();
    for (JsonNode look : set.get("lookAlikes")) {
      for (Map<String, Object> d : found) {
        if (opposes(d, look.get("a").asText(), look.get("b").asText())) {
          flagged.add(look.get("name").asText() + " (" + d.get("rule") + ")");
        }
      }
    }
    int wanted = set.get("expected").size();
    System.out.printf(
        "Detection on the labelled set: precision %d/%d = %.2f, recall %d/%d = %.2f,"
            + " look-alikes flagged %d/%d%n",
        matched,
        found.size(),
        found.isEmpty() ? 0.0 : (double) matched / found.size(),
        wanted - missed.size(),
        wanted,
        (double) (wanted - missed.size()) / wanted,
        flagged.size(),
        set.get("lookAlikes").size());
    missed.forEach(m -> System.out.println("   missed: " + m));
    assertEquals(List.of(), missed, "every labelled discrepancy is found");
    assertEquals(List.of(), flagged, "no look-alike is flagged");
    assertTrue(
        matched >= 0.9 * found.size(), "precision at least 0.9: " + matched + "/" + found.size());
  }

  /** The discrepancy has the rule, every fragment in some side, and the odd fragment last. */
  private static boolean matches(Map<String, Object> d, JsonNode e) {
    if (!e.get("rule").asText().equals(d.get("rule"))) {
      return false;
    }
    List<String> quotes = quotes(d);
    for (JsonNode f : e.get("fragments")) {
      if (quotes.stream().noneMatch(q -> q.contains(f.asText()))) {
        return false;
      }
    }
    return !e.has("odd") || quotes.get(quotes.size() - 1).contains(e.get("odd").asText());
  }

  /** One fragment is the odd side (quoted last) and the other is among the rest. */
  private static boolean opposes(Map<String, Object> d, String a, String b) {
    List<String> quotes = quotes(d);
    String odd = quotes.get(quotes.size() - 1);
    List<String> rest = quotes.subList(0, quotes.size() - 1);
    return (odd.contains(a) && rest.stream().anyMatch(q -> q.contains(b)))
        || (odd.contains(b) && rest.stream().anyMatch(q -> q.contains(a)));
  }

  @SuppressWarnings("unchecked")
  private static List<String> quotes(Map<String, Object> d) {
    List<String> quotes = new ArrayList<>();
    for (Object a : (List<Object>) d.get("assertions")) {
      quotes.add(
          (String) ((Map<String, Object>) ((Map<String, Object>) a).get("quote")).get("exact"));
    }
    return quotes;
  }

  private static long post(String outlet, String printedDate, String text) {
    return TimelineFixtures.createSource(
        as(JOURNALIST).baseUri(TimelineServiceResource.emptyUrl()),
        SourceBody.of(outlet, text).withLanguage("en").withPrintedDate(printedDate));
  }

  private static InputStream resource(String path) {
    return Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
  }
}
