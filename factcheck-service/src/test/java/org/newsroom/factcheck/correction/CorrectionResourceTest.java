package org.newsroom.factcheck.correction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.newsroom.factcheck.Fixtures.EDITOR;
import static org.newsroom.factcheck.Fixtures.JOURNALIST;
import static org.newsroom.factcheck.Fixtures.OTHER_EDITOR;
import static org.newsroom.factcheck.Fixtures.OTHER_JOURNALIST;
import static org.newsroom.factcheck.Fixtures.source;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.Fixtures;
import org.newsroom.factcheck.problem.FactcheckProblem;
import org.newsroom.testing.body.CorrectionBody;
import org.newsroom.testing.body.TransitionNoteBody;

/** Filing corrections and reviewing them, against the real timeline-service. */
@QuarkusTest
class CorrectionResourceTest {

  private static final String PATH = "/api/v1/corrections/{id}";

  private static CorrectionBody correction(long sourceId, String original, String corrected) {
    return CorrectionBody.of(
        sourceId,
        original,
        corrected,
        "The dateline and the talks say otherwise",
        "An earlier version gave the wrong year.");
  }

  /** A source printing a wrong date, and a correction of it filed by {@code token}. */
  private static long filed(String token) {
    long source =
        source(unique("Wire"), "Published February 19, 2023. RIYADH, Feb 18. " + unique("t"));
    return as(token)
        .body(correction(source, "February 19, 2023", "February 18, 2025"))
        .post("/api/v1/corrections")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static io.restassured.response.ValidatableResponse act(
      String token, long id, String action, String etag, String note) {
    io.restassured.specification.RequestSpecification request = as(token);
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return request.body(TransitionNoteBody.of(note)).post(PATH + "/" + action, id).then();
  }

  @Test
  void shouldFileACorrectionOfACheckedQuote() {
    String outlet = unique("Wire");
    long source = source(outlet, "Published February 19, 2023. RIYADH, Feb 18. " + unique("t"));
    String location =
        as(JOURNALIST)
            .body(correction(source, "February 19, 2023", "February 18, 2025"))
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"0\""))
            .body("status", equalTo("SUBMITTED"))
            .body("sourceId", equalTo((int) source))
            .body("sourceOutlet", equalTo(outlet))
            .body("quote.start", equalTo(10))
            .body("quote.end", equalTo(27))
            .body("originalText", equalTo("February 19, 2023"))
            .body("correctedText", equalTo("February 18, 2025"))
            .body("submittedBy", equalTo("Jo Journalist"))
            .body("reviewedBy", nullValue())
            .extract()
            .header("Location");
    given()
        .get(location + "/history")
        .then()
        .statusCode(200)
        .body("to", contains("SUBMITTED"))
        .body("from[0]", nullValue())
        .body("by[0]", equalTo("Jo Journalist"));
  }

  @Test
  void shouldRejectAnOriginalTextThatIsNotTheQuotedSpan() {
    long source = source(unique("Wire"), "Published February 19, 2023. " + unique("t"));
    CorrectionBody body =
        correction(source, "February 19, 2023", "February 18, 2025")
            .withOriginalText("February 19, 2024");
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/corrections")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo(FactcheckProblem.ORIGINAL_TEXT_MISMATCH.uri().toString()))
        .body("errors[0].field", equalTo("originalText"));
    body = correction(source, "February 20, 2023", "February 18, 2025");
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/corrections")
        .then()
        .statusCode(422)
        .body("type", equalTo(FactcheckProblem.REFERENCE_INVALID.uri().toString()))
        .body("errors[0].field", equalTo("quote"));
  }

  @Test
  void shouldNeedCorrectedTextExceptForRetractions() {
    long source = source(unique("Wire"), "Scholz stormed out of the meeting. " + unique("t"));
    CorrectionBody body = correction(source, "Scholz stormed out of the meeting", null);
    as(JOURNALIST)
        .body(body)
        .post("/api/v1/corrections")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("correctedText"));
    as(JOURNALIST)
        .body(body.withType("RETRACTION"))
        .post("/api/v1/corrections")
        .then()
        .statusCode(201)
        .body("type", equalTo("RETRACTION"))
        .body("correctedText", nullValue());
  }

  @Test
  void shouldTakeACorrectionThroughReviewToPublication() {
    long id = filed(JOURNALIST);
    act(EDITOR, id, "approve", "\"0\"", null).statusCode(400).body("errors.field", hasItem("note"));
    act(JOURNALIST, id, "approve", "\"0\"", "fine").statusCode(403);
    act(EDITOR, id, "approve", null, "Checked").statusCode(428);
    act(EDITOR, id, "approve", "\"7\"", "Checked").statusCode(412);
    act(EDITOR, id, "approve", "\"0\"", "Checked against the dateline")
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("status", equalTo("APPROVED"))
        .body("reviewedBy", equalTo("Ed Editor"))
        .body("reviewNote", equalTo("Checked against the dateline"))
        .body("reviewedAt", notNullValue());
    act(EDITOR, id, "approve", "\"1\"", "again")
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo(FactcheckProblem.ILLEGAL_TRANSITION.uri().toString()))
        .body("detail", containsString("is APPROVED"))
        .body("errors[0].field", equalTo("status"));
    act(JOURNALIST, id, "withdraw", "\"1\"", null).statusCode(409);
    act(EDITOR, id, "publish", "\"1\"", null)
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishedAt", notNullValue());
    given()
        .get(PATH + "/history", id)
        .then()
        .body("to", contains("SUBMITTED", "APPROVED", "PUBLISHED"))
        .body("from", contains(null, "SUBMITTED", "APPROVED"))
        .body("by", contains("Jo Journalist", "Ed Editor", "Ed Editor"))
        .body("note[1]", equalTo("Checked against the dateline"));
  }

  @Test
  void shouldNotLetEditorsReviewTheirOwnCorrections() {
    long id = filed(EDITOR);
    act(EDITOR, id, "approve", "\"0\"", "mine")
        .statusCode(403)
        .body("type", equalTo(FactcheckProblem.SELF_REVIEW.uri().toString()));
    act(OTHER_EDITOR, id, "reject", "\"0\"", "The 2023 date is the print edition's")
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("reviewedBy", equalTo("Di Desk"));
    act(OTHER_EDITOR, id, "publish", "\"1\"", null)
        .statusCode(409)
        .body("detail", containsString("is REJECTED"));
  }

  @Test
  void shouldLetOnlyTheSubmitterWithdrawAndOnlyWhileSubmitted() {
    long id = filed(JOURNALIST);
    act(OTHER_JOURNALIST, id, "withdraw", "\"0\"", null)
        .statusCode(403)
        .body("type", equalTo(FactcheckProblem.NOT_SUBMITTER.uri().toString()));
    act(JOURNALIST, id, "withdraw", "\"0\"", "Filed on the wrong story")
        .statusCode(200)
        .body("status", equalTo("WITHDRAWN"));
    as(JOURNALIST)
        .header("If-Match", "\"1\"")
        .body(correction(1L, "x", "y"))
        .put(PATH, id)
        .then()
        .statusCode(409)
        .body("detail", containsString("WITHDRAWN"));
  }

  @Test
  void shouldEditASubmittedCorrectionWithIfMatchBySubmitterOrEditor() {
    long source = source(unique("Wire"), "Published February 19, 2023. " + unique("t"));
    long id =
        as(JOURNALIST)
            .body(correction(source, "February 19, 2023", "February 18, 2025"))
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    CorrectionBody revised = correction(source, "February 19, 2023", "18 February 2025");
    as(OTHER_JOURNALIST)
        .header("If-Match", "\"0\"")
        .body(revised)
        .put(PATH, id)
        .then()
        .statusCode(403);
    as(JOURNALIST).body(revised).put(PATH, id).then().statusCode(428);
    as(JOURNALIST)
        .header("If-Match", "\"0\"")
        .body(revised)
        .put(PATH, id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("correctedText", equalTo("18 February 2025"));
    as(EDITOR).header("If-Match", "\"0\"").body(revised).put(PATH, id).then().statusCode(412);
  }

  @Test
  void shouldResolveTheDiscrepancyItComesFromWhenApproved() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    CorrectionBody body =
        correction(made.second(), "almost five hours", "four and a half hours")
            .withDiscrepancyId(made.discrepancyId());
    long id =
        as(JOURNALIST)
            .body(body)
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .body("discrepancyId", equalTo((int) made.discrepancyId()))
            .extract()
            .jsonPath()
            .getLong("id");
    given()
        .get("/api/v1/discrepancies/{id}", made.discrepancyId())
        .then()
        .body("status", equalTo("OPEN"));
    act(EDITOR, id, "approve", "\"0\"", "Pool timings say 4h30").statusCode(200);
    given()
        .get("/api/v1/discrepancies/{id}", made.discrepancyId())
        .then()
        .body("status", equalTo("RESOLVED"))
        .body("resolution.correctionId", equalTo((int) id))
        .body("resolution.preferredAssertion", equalTo(0))
        .body("resolution.by", equalTo("Ed Editor"))
        .body("resolution.note", containsString("Pool timings say 4h30"));
    given()
        .get("/api/v1/discrepancies/{id}/history", made.discrepancyId())
        .then()
        .body("to", contains("OPEN", "RESOLVED"));
  }

  @Test
  void shouldRefuseADiscrepancyThatDoesNotQuoteTheSource() {
    Fixtures.TwoSources made = Fixtures.recordedDiscrepancy();
    long unrelated = source(unique("Other"), "Published February 19, 2023. " + unique("t"));
    CorrectionBody body = correction(unrelated, "February 19, 2023", "February 18, 2025");
    as(JOURNALIST)
        .body(body.withDiscrepancyId(made.discrepancyId()))
        .post("/api/v1/corrections")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("discrepancyId"));
    as(JOURNALIST)
        .body(body.withDiscrepancyId(987_654_321L))
        .post("/api/v1/corrections")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("discrepancyId"));
  }

  @Test
  void shouldFilterByStatusTypeSourceAndSubmitter() {
    String submitter = unique("Filer");
    String token = org.newsroom.testing.Tokens.journalist(submitter);
    long source =
        source(unique("Wire"), "Published February 19, 2023. Paris on Tuesday. " + unique("t"));
    long first =
        as(token)
            .body(correction(source, "February 19, 2023", "February 18, 2025"))
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    CorrectionBody clarification =
        correction(source, "Paris on Tuesday", "Paris on Monday").withType("CLARIFICATION");
    long second =
        as(token)
            .body(clarification)
            .post("/api/v1/corrections")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    act(EDITOR, first, "reject", "\"0\"", "no").statusCode(200);
    given()
        .queryParam("submitter", submitter.toUpperCase())
        .get("/api/v1/corrections")
        .then()
        .body("total", equalTo(2))
        .body("items.id", contains((int) second, (int) first));
    given()
        .queryParam("sourceId", source)
        .queryParam("status", "SUBMITTED")
        .queryParam("type", "clarification,update")
        .get("/api/v1/corrections")
        .then()
        .body("total", equalTo(1))
        .body("items[0].id", equalTo((int) second));
    given()
        .queryParam("type", "ERRATUM")
        .get("/api/v1/corrections")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("type"));
  }
}
