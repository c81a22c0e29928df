package org.newsroom.timeline.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.JOURNALIST;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.Tokens;
import org.newsroom.testing.body.CitationBody;
import org.newsroom.testing.body.QuoteBody;
import org.newsroom.testing.body.SourceBody;
import org.newsroom.testing.body.SourceMetadataBody;
import org.newsroom.timeline.Fixtures;
import org.newsroom.timeline.problem.TimelineProblem;

@QuarkusTest
class SourceResourceTest {

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldStoreTextExactlyWithItsSha256() throws Exception {
    String text =
        "  Leading spaces, a no-break\u00a0space, CRLF\r\nline, tab\t, an emoji \uD83D\uDE00,"
            + " combining e\u0301 and trailing spaces  \n\n"
            + unique("x");
    Response created =
        as(JOURNALIST).body(SourceBody.of("Exact Outlet", text)).post("/api/v1/sources");
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/sources/"))
        .header("ETag", "\"0\"")
        .body("contentSha256", equalTo(sha256(text)))
        .body("textLength", equalTo(text.codePointCount(0, text.length())))
        .body("createdBy", equalTo("Jo Journalist"))
        .body("origin", equalTo("API"));
    long id = created.jsonPath().getLong("id");

    byte[] stored =
        given()
            .get("/api/v1/sources/{id}/text", id)
            .then()
            .statusCode(200)
            .contentType(containsString("text/plain"))
            .extract()
            .asByteArray();
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), stored);
  }

  @Test
  void shouldRecogniseRepostedTextWithoutDuplicating() {
    String text = "The same article posted twice " + unique("dup");
    String outlet = unique("Dup Outlet");
    long first = Fixtures.source(outlet, text);

    as(EDITOR)
        .body(SourceBody.of("Another Outlet", text))
        .post("/api/v1/sources")
        .then()
        .statusCode(200)
        .header("Location", endsWith("/api/v1/sources/" + first))
        .body("id", equalTo((int) first))
        .body("outlet", equalTo(outlet));

    given()
        .queryParam("outlet", outlet)
        .get("/api/v1/sources")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) first));
  }

  @Test
  void shouldStoreOneSourceWhenTheSameTextArrivesConcurrently() throws Exception {
    String text = "Raced article " + unique("race");
    Callable<Integer> post =
        () ->
            as(JOURNALIST).body(SourceBody.of("Racer", text)).post("/api/v1/sources").statusCode();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Integer>> answers = pool.invokeAll(java.util.Collections.nCopies(6, post));
      int created = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        created += status == 201 ? 1 : 0;
        org.junit.jupiter.api.Assertions.assertTrue(
            status == 201 || status == 200, "unexpected status " + status);
      }
      assertEquals(1, created, "exactly one post creates the source");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldParsePrintedDateAndTrustItByDefault() {
    SourceBody body =
        SourceBody.of("Reuters", "Dated text " + unique("d"))
            .withPrintedDate("REUTERS | Published February 18, 2025");
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .body("printedDate", equalTo("REUTERS | Published February 18, 2025"))
        .body("publishedOn", equalTo("2025-02-18"))
        .body("trustedDate", equalTo("2025-02-18"));
  }

  @Test
  void shouldKeepATrustedDateThatCorrectsAWrongPrint() {
    SourceBody body =
        SourceBody.of("Reuters", "RIYADH, Feb 18 (Reuters) " + unique("w"))
            .withPrintedDate("Published February 19, 2023")
            .withTrustedDate("2025-02-18", "Dateline says Feb 18; the printed year is wrong");
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .body("publishedOn", equalTo("2023-02-19"))
        .body("trustedDate", equalTo("2025-02-18"))
        .body("trustedDateNote", containsString("wrong"));
  }

  @Test
  void shouldLeaveAnUnfilledTemplateDateUnparsed() {
    SourceBody body =
        SourceBody.of("The Sun", "Placeholder text " + unique("p"))
            .withPrintedDate("Published: [#item_custom_pubDate]");
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .body("printedDate", equalTo("Published: [#item_custom_pubDate]"))
        .body("publishedOn", nullValue())
        .body("trustedDate", nullValue());
  }

  @Test
  void shouldListAnOutletsSourcesIgnoringCaseInPages() {
    String outlet = unique("Paged Outlet");
    for (int i = 0; i < 3; i++) {
      Fixtures.source(outlet, "Paged text " + i + " " + unique("t"));
    }
    given()
        .queryParam("outlet", outlet.toUpperCase())
        .queryParam("limit", 2)
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items", hasSize(2))
        .body("items.outlet", everyItem(equalTo(outlet)))
        .body("nextOffset", equalTo(2));
    given()
        .queryParam("outlet", outlet)
        .queryParam("offset", 2)
        .queryParam("limit", 2)
        .get("/api/v1/sources")
        .then()
        .body("items", hasSize(1))
        .body("nextOffset", nullValue());
  }

  @Test
  void shouldRejectPagesLargerThanTheBound() {
    given()
        .queryParam("limit", 101)
        .get("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.VALIDATION.uri().toString()))
        .body("errors.field", hasItem("limit"));
  }

  @Test
  void shouldRejectInvalidFieldsNamingEachOne() {
    SourceBody body = SourceBody.of(" ", "").withUrl("ftp://example.org/x");
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.VALIDATION.uri().toString()))
        .body("status", equalTo(400))
        .body("instance", equalTo("/api/v1/sources"))
        .body("errors.field", hasItem("outlet"))
        .body("errors.field", hasItem("url"))
        .body("errors.field", hasItem("text"));
  }

  @Test
  void shouldRejectMalformedJson() {
    as(JOURNALIST)
        .body("{\"outlet\": \"x\", \"text\": ")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.MALFORMED_BODY.uri().toString()))
        .body("detail", containsString("not valid JSON"));
  }

  @Test
  void shouldRejectWrongTypesUnknownFieldsAndInvalidDates() {
    // Raw JSON on purpose: no SourceBody can send an object as the text, or a misspelt property.
    as(JOURNALIST)
        .body("{\"outlet\": \"x\", \"text\": {\"nested\": true}}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("type", equalTo(CommonProblem.INVALID_VALUE.uri().toString()))
        .body("errors[0].field", equalTo("text"));
    as(JOURNALIST)
        .body("{\"outlet\": \"x\", \"text\": \"t\", \"outlett\": \"typo\"}")
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("outlett"));
    as(JOURNALIST)
        .body(SourceBody.of("x", "t").withPublishedOn("2025-02-30"))
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("type", equalTo(CommonProblem.INVALID_VALUE.uri().toString()))
        .body("errors[0].field", equalTo("publishedOn"));
  }

  @Test
  void shouldRejectAMissingBody() {
    as(JOURNALIST)
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("body"));
  }

  @Test
  void shouldServeReadsToAnyoneEvenWithAJunkToken() {
    long id = Fixtures.source(unique("Public"), "Public reading " + unique("pub"));
    given()
        .header("Authorization", "Bearer junk")
        .get("/api/v1/sources/{id}", id)
        .then()
        .statusCode(200);
  }

  @Test
  void shouldRejectTextPostgresCannotHoldExactly() {
    as(JOURNALIST)
        .body(SourceBody.of("x", "nul \u0000 inside"))
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("text"))
        .body("errors[0].message", containsString("NUL"));
  }

  @Test
  void shouldRejectALanguageThatIsNotATag() {
    as(JOURNALIST)
        .body(SourceBody.of("x", "t").withLanguage("12"))
        .post("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("language"))
        .body("errors[0].message", containsString("BCP 47"));
  }

  @Test
  void shouldRequireAValidTokenToIngest() {
    given()
        .contentType(ContentType.JSON)
        .body(SourceBody.of("x", "no token " + unique("n")))
        .post("/api/v1/sources")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.UNAUTHENTICATED.uri().toString()));
    as(Tokens.expired("Late Larry"))
        .body(SourceBody.of("x", "expired " + unique("e")))
        .post("/api/v1/sources")
        .then()
        .statusCode(401);
    as("not.a.token")
        .body(SourceBody.of("x", "garbage " + unique("g")))
        .post("/api/v1/sources")
        .then()
        .statusCode(401)
        .body("type", equalTo(CommonProblem.UNAUTHENTICATED.uri().toString()));
  }

  @Test
  void shouldRejectATokenWithoutANewsroomRole() {
    as(Tokens.sign("Reader Rita", java.util.Set.of("reader"), java.time.Duration.ofMinutes(5)))
        .body(SourceBody.of("x", "reader " + unique("r")))
        .post("/api/v1/sources")
        .then()
        .statusCode(403)
        .body("type", equalTo(CommonProblem.FORBIDDEN.uri().toString()));
  }

  @Test
  void shouldAnswer404ProblemForAnUnknownSource() {
    given()
        .get("/api/v1/sources/{id}", Long.MAX_VALUE)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.NOT_FOUND.uri().toString()))
        .body("detail", containsString(String.valueOf(Long.MAX_VALUE)));
    given().get("/api/v1/sources/{id}/text", Long.MAX_VALUE).then().statusCode(404);
  }

  @Test
  void shouldUpdateMetadataOnlyWithTheCurrentETag() {
    long id = Fixtures.source(unique("Meta"), "Metadata text " + unique("m"));
    SourceMetadataBody metadata =
        SourceMetadataBody.of("Corrected Outlet")
            .withPrintedDate("Published February 19, 2023")
            .withTrustedDate("2025-02-18", null);

    as(JOURNALIST)
        .body(metadata)
        .put("/api/v1/sources/{id}", id)
        .then()
        .statusCode(428)
        .body("type", equalTo(CommonProblem.PRECONDITION_REQUIRED.uri().toString()));
    as(JOURNALIST)
        .header("If-Match", "\"7\"")
        .body(metadata)
        .put("/api/v1/sources/{id}", id)
        .then()
        .statusCode(412)
        .body("type", equalTo(CommonProblem.PRECONDITION_FAILED.uri().toString()));

    String etag = given().get("/api/v1/sources/{id}", id).header("ETag");
    as(EDITOR)
        .header("If-Match", etag)
        .body(metadata)
        .put("/api/v1/sources/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("outlet", equalTo("Corrected Outlet"))
        .body("publishedOn", equalTo("2023-02-19"))
        .body("trustedDate", equalTo("2025-02-18"))
        .body("updatedBy", equalTo("Ed Editor"));

    as(JOURNALIST)
        .header("If-Match", etag)
        .body(metadata)
        .put("/api/v1/sources/{id}", id)
        .then()
        .statusCode(412);
  }

  @Test
  void shouldLetOnlyEditorsDeleteAndNeverACitedSource() {
    long uncited = Fixtures.source(unique("Del"), "Deletable " + unique("del"));
    as(JOURNALIST)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/sources/{id}", uncited)
        .then()
        .statusCode(403);
    as(EDITOR).delete("/api/v1/sources/{id}", uncited).then().statusCode(428);
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/sources/{id}", uncited)
        .then()
        .statusCode(204);
    given().get("/api/v1/sources/{id}", uncited).then().statusCode(404);

    long cited = Fixtures.source(unique("Cited"), "Cited words live here " + unique("c"));
    Fixtures.createEvent(
        Fixtures.event(
            unique("Cites"), "2025-02-18", CitationBody.of(cited, "Cited words live here")));
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/sources/{id}", cited)
        .then()
        .statusCode(409)
        .body("type", equalTo(TimelineProblem.SOURCE_IN_USE.uri().toString()));
    given().get("/api/v1/sources/{id}", cited).then().statusCode(200);
  }

  @Test
  void shouldCompleteAQuoteThatIsInTheSource() {
    String text =
        "Intro. \uD83D\uDE00 Talks lasted four-and-a-half hours, officials said, and a long"
            + " tail of words follows "
            + unique("q");
    String outlet = unique("Quote");
    long id = Fixtures.source(outlet, text);
    String after = text.substring(text.indexOf("four-and-a-half hours") + 21);
    String suffix = after.substring(0, 32); // ASCII after the quote: 32 code points of context
    given()
        .contentType(ContentType.JSON)
        .body(QuoteBody.of("four-and-a-half hours"))
        .post("/api/v1/sources/{id}/quote-checks", id)
        .then()
        .statusCode(200)
        .body("sourceId", equalTo((int) id))
        .body("outlet", equalTo(outlet))
        .body("title", equalTo("Title of " + outlet))
        .body("quote.start", equalTo(22)) // code points: the emoji counts once
        .body("quote.end", equalTo(43))
        .body("quote.prefix", equalTo("Intro. \uD83D\uDE00 Talks lasted "))
        .body("quote.suffix", equalTo(suffix));
  }

  @Test
  void shouldRejectAQuoteThatIsNotWhereItIsSaidToBe() {
    long id = Fixtures.source(unique("Mismatch"), "Almost five hours of talks " + unique("mm"));
    given()
        .contentType(ContentType.JSON)
        .body(QuoteBody.of("five hours").withOffsets(0, 10))
        .post("/api/v1/sources/{id}/quote-checks", id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(TimelineProblem.QUOTE_MISMATCH.uri().toString()))
        .body("detail", containsString("elsewhere"));
    given()
        .contentType(ContentType.JSON)
        .body(QuoteBody.of("four hours"))
        .post("/api/v1/sources/{id}/quote-checks", id)
        .then()
        .statusCode(422)
        .body("detail", containsString("not in the source"));
  }
}
