package org.newsroom.timeline.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.newsroom.testing.Api.as;
import static org.newsroom.testing.Api.unique;
import static org.newsroom.timeline.Fixtures.EDITOR;
import static org.newsroom.timeline.Fixtures.JOURNALIST;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.foundation.problem.CommonProblem;
import org.newsroom.testing.body.WebhookBody;

@QuarkusTest
class WebhookResourceTest {

  private static final String URL = "https://example.org/hooks/";

  @Test
  void shouldRegisterASubscriberAndShowItsSecretOnlyOnce() {
    String url = URL + unique("once");
    Response created =
        as(EDITOR)
            .body(new WebhookBody(url, List.of("event.created"), "Desk alerts"))
            .post("/api/v1/webhooks");
    created
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/webhooks/"))
        .header("ETag", "\"0\"")
        .body("url", equalTo(url))
        .body("eventTypes", equalTo(List.of("event.created")))
        .body("description", equalTo("Desk alerts"))
        .body("createdBy", equalTo("Ed Editor"))
        .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="));
    long id = created.jsonPath().getLong("id");

    as(EDITOR)
        .get("/api/v1/webhooks/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("url", equalTo(url))
        .body("secret", nullValue());
    as(EDITOR)
        .queryParam("limit", 100)
        .get("/api/v1/webhooks")
        .then()
        .statusCode(200)
        .body("items.url", hasItem(url))
        .body("items.secret", everyItem(nullValue()));
    as(EDITOR)
        .get("/api/v1/webhooks/{id}/deliveries", id)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    delete(id);
  }

  @Test
  void shouldDeleteOnlyWithTheCurrentETag() {
    long id = create(URL + unique("delete"));
    as(EDITOR).delete("/api/v1/webhooks/{id}", id).then().statusCode(428);
    as(EDITOR)
        .header("If-Match", "\"7\"")
        .delete("/api/v1/webhooks/{id}", id)
        .then()
        .statusCode(412);
    as(EDITOR)
        .header("If-Match", "\"0\"")
        .delete("/api/v1/webhooks/{id}", id)
        .then()
        .statusCode(204);
    as(EDITOR)
        .get("/api/v1/webhooks/{id}", id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo(CommonProblem.NOT_FOUND.uri().toString()));
  }

  @Test
  void shouldRefuseUrlsThatAreNotHttpOrCarryCredentials() {
    for (String url :
        List.of(
            "ftp://example.org/x",
            "file:///etc/passwd",
            "https://user:secret@example.org/x",
            "/relative",
            "javascript:alert(1)",
            "https://example.org/x#fragment")) {
      as(EDITOR)
          .body(WebhookBody.of(url, "event.created"))
          .post("/api/v1/webhooks")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("url"));
    }
  }

  @Test
  void shouldRefuseEventTypesThisServiceDoesNotSend() {
    as(EDITOR)
        .body(WebhookBody.of(URL + unique("type"), "correction.approved"))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("eventTypes[0]"))
        .body("errors[0].message", containsString("event.created"));
    as(EDITOR)
        .body(new WebhookBody(URL + unique("none"), List.of(), null))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("eventTypes"));
  }

  @Test
  void shouldLeaveSubscriptionsToEditors() {
    as(JOURNALIST)
        .body(WebhookBody.of(URL + unique("journalist"), "event.created"))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(JOURNALIST).get("/api/v1/webhooks").then().statusCode(403);
    given().get("/api/v1/webhooks").then().statusCode(401);
  }

  static long create(String url) {
    return as(EDITOR)
        .body(WebhookBody.of(url, "event.created"))
        .post("/api/v1/webhooks")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  static void delete(long id) {
    String etag = as(EDITOR).get("/api/v1/webhooks/{id}", id).then().extract().header("ETag");
    as(EDITOR).header("If-Match", etag).delete("/api/v1/webhooks/{id}", id).then().statusCode(204);
  }
}
