package org.newsroom.factcheck.timeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.factcheck.TimelineServiceResource;
import org.newsroom.testing.Api;

/**
 * The typed client, and the stand-in the slow-timeline test uses, checked against the OpenAPI
 * document of the real timeline-service: every path, method and query parameter the client uses
 * exists, and every field it reads is in the response schema. A change on either side that breaks
 * the other fails here, not in production.
 */
@QuarkusTest
class TimelineContractTest {

  private static JsonPath openApi;

  @BeforeAll
  static void readTimelineServiceOpenApi() {
    openApi = Api.openApi(given().baseUri("http://localhost").port(TimelineServiceResource.port()));
  }

  private static Map<String, Object> operation(String path, String method) {
    Map<String, Object> paths = openApi.getMap("paths");
    @SuppressWarnings("unchecked")
    Map<String, Object> item = (Map<String, Object>) paths.get(path);
    assertNotNull(item, "timeline-service has no path " + path);
    @SuppressWarnings("unchecked")
    Map<String, Object> op = (Map<String, Object>) item.get(method);
    assertNotNull(op, "timeline-service has no " + method.toUpperCase() + " " + path);
    return op;
  }

  @Test
  void shouldCallOnlyOperationsTimelineServiceHas() {
    List<String> checked = new ArrayList<>();
    for (Method m : TimelineClient.class.getDeclaredMethods()) {
      if (m.isSynthetic()
          || m.isDefault()
          || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      String path = "/api/v1" + m.getAnnotation(Path.class).value();
      String method =
          m.isAnnotationPresent(GET.class)
              ? "get"
              : m.isAnnotationPresent(POST.class) ? "post" : null;
      assertNotNull(method, m.getName() + " has no HTTP method");
      Map<String, Object> op = operation(path, method);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> parameters =
          (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
      Set<String> queryNames =
          parameters.stream()
              .filter(p -> "query".equals(p.get("in")))
              .map(p -> (String) p.get("name"))
              .collect(Collectors.toSet());
      for (Parameter p : m.getParameters()) {
        QueryParam query = p.getAnnotation(QueryParam.class);
        if (query != null) {
          assertTrue(
              queryNames.contains(query.value()),
              method.toUpperCase() + " " + path + " has no query parameter " + query.value());
        }
      }
      if (m.getReturnType() != String.class) { // text/plain: no fields to check
        assertResponseHasFields(path, method, op, m.getGenericReturnType());
      }
      checked.add(m.getName());
    }
    assertEquals(
        Set.of(
            "checkQuote",
            "getEvent",
            "findSources",
            "findEvents",
            "getSource",
            "sourcesOfDays",
            "getSourceText",
            "getAnalysis",
            "eventsCiting",
            "getEventCitations",
            "analysisChanges"),
        Set.copyOf(checked));
  }

  @Test
  void shouldImitateOnlyPathsTimelineServiceHas() {
    for (String path : SlowTimeline.PATHS) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) openApi.getMap("paths").get(path);
      assertNotNull(item, "the slow stand-in imitates " + path + ", which timeline-service lacks");
    }
  }

  @Test
  void shouldAnswerQuoteMismatchesAs422AndMissingSourcesAs404() {
    Map<String, Object> op = operation("/api/v1/sources/{id}/quote-checks", "post");
    @SuppressWarnings("unchecked")
    Map<String, Object> responses = (Map<String, Object>) op.get("responses");
    assertTrue(
        responses.keySet().containsAll(Set.of("200", "404", "422")), responses.keySet().toString());
    assertEquals(
        "#/components/schemas/QuoteSelector",
        openApi.getString(
            "paths.'/api/v1/sources/{id}/quote-checks'.post.requestBody.content.'application/json'.schema.$ref"));
  }

  /** Every record component the client reads is a property of the 200 response's schema. */
  private static void assertResponseHasFields(
      String path, String method, Map<String, Object> op, Type returned) {
    String ref =
        openApi.getString(
            "paths.'"
                + path
                + "'."
                + method
                + ".responses.'200'.content.'application/json'.schema.$ref");
    assertNotNull(ref, method + " " + path + " has no 200 JSON schema");
    String schema = ref.substring(ref.lastIndexOf('/') + 1);
    Class<?> type =
        returned instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) returned;
    Map<String, Object> properties = openApi.getMap("components.schemas." + schema + ".properties");
    assertNotNull(properties, schema + " has no properties");
    for (RecordComponent component : type.getRecordComponents()) {
      assertTrue(
          properties.containsKey(component.getName()),
          schema + " (" + method + " " + path + ") has no field " + component.getName());
    }
    if (returned instanceof ParameterizedType p) {
      Class<?> item = (Class<?>) p.getActualTypeArguments()[0];
      String itemRef =
          openApi.getString("components.schemas." + schema + ".properties.items.items.$ref");
      assertNotNull(itemRef, schema + ".items has no item schema");
      Map<String, Object> itemProperties =
          openApi.getMap(
              "components.schemas."
                  + itemRef.substring(itemRef.lastIndexOf('/') + 1)
                  + ".properties");
      for (RecordComponent component : item.getRecordComponents()) {
        assertTrue(
            itemProperties.containsKey(component.getName()),
            itemRef + " has no field " + component.getName());
      }
    }
  }
}
