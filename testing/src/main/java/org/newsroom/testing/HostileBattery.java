package org.newsroom.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsroom.testing.contract.DocumentedResponses;

/**
 * Requests a hostile client would send, generated from a service's own OpenAPI document: for every
 * operation, each field of its body set to each wrong type, NUL and an unpaired surrogate; broken,
 * trailing, nested and untyped bodies; every query parameter poisoned; path ids that are not ids;
 * methods the path does not have; forged tokens. None is valid, so each must be a 4xx problem+json
 * and never a 2xx or a 5xx. What was answered otherwise comes back as findings.
 */
public final class HostileBattery {

  /** A request that was not answered as an invalid one must be. */
  public record Finding(String request, String mutation, int status, String contentType) {
    @Override
    public String toString() {
      return request + " [" + mutation + "] -> " + status + " " + contentType;
    }
  }

  private static final String FORGED = "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.x";
  private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

  private final Map<String, Object> doc;
  private final Supplier<RequestSpecification> client;
  private final java.net.URI base;
  private final Function<String, String> idFor;
  private final String token;
  private final List<Finding> findings = new ArrayList<>();
  private int sent;

  /**
   * @param openApi the service's document
   * @param base where the service listens, for requests a REST Assured client would amend
   * @param client a request to the service, without a token
   * @param idFor the id of an existing resource for a path template, e.g. an event's for {@code
   *     /api/v1/events/{id}}
   * @param token a token allowed to call every operation
   */
  public HostileBattery(
      JsonPath openApi,
      java.net.URI base,
      Supplier<RequestSpecification> client,
      Function<String, String> idFor,
      String token) {
    this.doc = openApi.getMap("$");
    this.base = base;
    this.client = client;
    this.idFor = idFor;
    this.token = token;
  }

  /** Sends the whole battery; answers how many requests were sent. */
  public int run() {
    for (Map.Entry<String, Object> path : map(doc.get("paths")).entrySet()) {
      Map<String, Object> item = map(path.getValue());
      for (String method : METHODS) {
        if (item.containsKey(method)) {
          operation(path.getKey(), method, map(item.get(method)));
        } else {
          expect(
              path.getKey(),
              method,
              "method not on the path",
              send(method, fill(path.getKey(), idFor.apply(path.getKey())), null, null, token));
        }
      }
    }
    return sent;
  }

  public List<Finding> findings() {
    return findings;
  }

  private void operation(String template, String method, Map<String, Object> op) {
    String path = fill(template, idFor.apply(template));
    if (needsToken(op) && !method.equals("get")) {
      unauthenticated(
          template,
          "forged token",
          send(method, path, "{}", "application/json", FORGED.substring(7)));
      unauthenticated(
          template,
          "expired token",
          send(method, path, "{}", "application/json", Tokens.expired("Ex Pired")));
    }
    for (String bad : List.of("abc", "-1", "1.5", "9223372036854775808", "%00")) {
      if (template.contains("{")) {
        expect(
            template,
            method,
            "path id " + bad,
            send(method, fill(template, bad), "{}", "application/json", token));
      }
    }
    for (Object p : list(op.get("parameters"))) {
      Map<String, Object> parameter = map(p);
      if ("query".equals(parameter.get("in"))) {
        query(template, method, path, parameter);
      }
    }
    Object schema = at(op, "requestBody", "content", "application/json", "schema");
    if (schema != null) {
      body(template, method, path, resolve(schema));
    }
  }

  private void query(String template, String method, String path, Map<String, Object> parameter) {
    String name = (String) parameter.get("name");
    List<String> values = new ArrayList<>(List.of("%00", "a%00b", "%ED%A0%80", "'%20OR%201=1--"));
    if ("integer".equals(type(resolve(parameter.get("schema"))))) {
      values.addAll(List.of("abc", "1.5", "9223372036854775808", "-"));
    }
    for (String value : values) {
      Response response =
          client
              .get()
              .urlEncodingEnabled(false)
              .header("Authorization", "Bearer " + token)
              .request(method, path + "?" + name + "=" + value);
      boolean mustRefuse = !value.startsWith("%ED") && !value.startsWith("'");
      check(template, method, "query " + name + "=" + value, response, mustRefuse);
    }
  }

  private void body(String template, String method, String path, Map<String, Object> schema) {
    Map<String, Object> sample = sample(schema, 0);
    String json = Json.write(sample);
    expect(
        template,
        method,
        "trailing tokens",
        send(method, path, json + " {}", "application/json", token));
    expect(
        template,
        method,
        "unknown field",
        send(
            method,
            path,
            json.replaceFirst("\\{", "{\"unknownField\": 1,"),
            "application/json",
            token));
    expect(template, method, "null body", send(method, path, "null", "application/json", token));
    expect(template, method, "array body", send(method, path, "[]", "application/json", token));
    expect(
        template, method, "broken JSON", send(method, path, "{\"a\": ", "application/json", token));
    expect(
        template,
        method,
        "nested 10000 deep",
        send(method, path, "[".repeat(10_000) + "]".repeat(10_000), "application/json", token));
    expect(template, method, "no Content-Type", untyped(method, path, json));
    expect(template, method, "text/plain", send(method, path, json, "text/plain", token));
    expect(
        template,
        method,
        "11 MB",
        send(method, path, "{\"x\": \"" + "a".repeat(11 << 20) + "\"}", "application/json", token));
    for (Map.Entry<String, Object> field : map(schema.get("properties")).entrySet()) {
      Map<String, Object> fieldSchema = resolve(field.getValue());
      for (Map.Entry<String, Object> wrong : wrongValues(fieldSchema).entrySet()) {
        Map<String, Object> mutated = new LinkedHashMap<>(sample);
        mutated.put(field.getKey(), wrong.getValue());
        expect(
            template,
            method,
            field.getKey() + " = " + wrong.getKey(),
            send(method, path, Json.write(mutated), "application/json", token));
      }
    }
  }

  /** Values of the wrong kind for a field, by what the schema says it is. */
  private Map<String, Object> wrongValues(Map<String, Object> schema) {
    Map<String, Object> wrong = new LinkedHashMap<>();
    String type = type(schema);
    if ("string".equals(type)) {
      wrong.put("NUL", "a\u0000b");
      wrong.put("lone surrogate", "a\uD800b");
      wrong.put("number", 123);
      wrong.put("boolean", true);
      wrong.put("object", Map.of());
      if (schema.containsKey("enum")) {
        wrong.put("enum ordinal", 0);
        wrong.put("unknown enum", "NOT_A_VALUE");
      }
      if ("date".equals(schema.get("format"))) {
        wrong.put("date as number", 20250218);
        wrong.put("date-time for a date", "2025-02-18T10:00:00");
      }
    } else if ("integer".equals(type)) {
      wrong.put("string", "1");
      wrong.put("fraction", 1.5);
      wrong.put("boolean", true);
      wrong.put("overflow", new BigInteger("9223372036854775808"));
    } else if ("boolean".equals(type)) {
      wrong.put("string", "true");
      wrong.put("number", 1);
    } else if ("array".equals(type)) {
      wrong.put("string", "x");
      wrong.put("object", Map.of());
    } else if ("object".equals(type)) {
      wrong.put("string", "x");
      wrong.put("array", List.of());
    }
    return wrong;
  }

  /** A body of the right shape: every property, each with a plausible value. */
  private Map<String, Object> sample(Map<String, Object> schema, int depth) {
    Map<String, Object> sample = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : map(schema.get("properties")).entrySet()) {
      sample.put(field.getKey(), value(resolve(field.getValue()), depth + 1));
    }
    return sample;
  }

  private Object value(Map<String, Object> schema, int depth) {
    String type = type(schema);
    if (schema.containsKey("enum")) {
      return list(schema.get("enum")).get(0);
    }
    if (depth > 4 || type == null) {
      return null;
    }
    return switch (type) {
      case "string" -> "date".equals(schema.get("format")) ? "2025-02-18" : "x";
      case "integer" -> 1;
      case "number" -> 1.0;
      case "boolean" -> true;
      case "array" -> List.of(value(resolve(schema.get("items")), depth + 1));
      default -> sample(schema, depth);
    };
  }

  /** A requirement naming a scheme; an empty one ({@code security: [{}]}) says anyone may call. */
  private static boolean needsToken(Map<String, Object> op) {
    return list(op.get("security")).stream().anyMatch(requirement -> !map(requirement).isEmpty());
  }

  /** A token that is not valid is a 401 problem, whatever else is wrong with the request. */
  private void unauthenticated(String template, String mutation, Response response) {
    sent++;
    if (response.statusCode() != 401
        || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
      findings.add(new Finding(template, mutation, response.statusCode(), response.contentType()));
    }
  }

  private void expect(String template, String method, String mutation, Response response) {
    check(template, method, mutation, response, true);
  }

  private void check(
      String template, String method, String mutation, Response response, boolean mustRefuse) {
    sent++;
    int status = response.statusCode();
    String type = response.contentType();
    boolean problem = type != null && type.startsWith("application/problem+json");
    if (status >= 500 || (status >= 400 && !problem) || (mustRefuse && status < 400)) {
      findings.add(new Finding(method.toUpperCase() + " " + template, mutation, status, type));
    }
  }

  /** A body with no Content-Type at all, which REST Assured will not send. */
  private Response untyped(String method, String path, String body) {
    try {
      java.net.http.HttpResponse<String> answer =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(base.resolve(path))
                      .method(
                          method.toUpperCase(),
                          java.net.http.HttpRequest.BodyPublishers.ofString(body))
                      .header("Authorization", "Bearer " + token)
                      .header("If-Match", "\"0\"")
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      Response response =
          new io.restassured.builder.ResponseBuilder()
              .setStatusCode(answer.statusCode())
              .setContentType(answer.headers().firstValue("Content-Type").orElse(null))
              .setBody(answer.body())
              .build();
      DocumentedResponses.check(method, base.resolve(path), response);
      return response;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Response send(
      String method, String path, String body, String contentType, String bearer) {
    RequestSpecification request = client.get().urlEncodingEnabled(false);
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    request.header("If-Match", "\"0\"");
    if (body != null) {
      request.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    if (contentType != null) {
      request.contentType(contentType);
    }
    return request.request(method, path);
  }

  /** The template with every path parameter set to {@code value}. */
  private static String fill(String template, String value) {
    return template.replaceAll("\\{[^}]+}", value);
  }

  private Map<String, Object> resolve(Object schema) {
    Map<String, Object> s = map(schema);
    if (s.containsKey("$ref")) {
      String name = ((String) s.get("$ref")).substring("#/components/schemas/".length());
      return resolve(at(doc, "components", "schemas", name));
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (Object part : list(s.get(combinator))) {
        Map<String, Object> resolved = resolve(part);
        if (!"null".equals(resolved.get("type"))) {
          return resolved;
        }
      }
    }
    return s;
  }

  private static String type(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof List<?> types) {
      return types.stream()
          .map(String::valueOf)
          .filter(t -> !t.equals("null"))
          .findFirst()
          .orElse(null);
    }
    if (type == null && schema.containsKey("properties")) {
      return "object";
    }
    return (String) type;
  }

  private static Object at(Map<String, Object> root, String... keys) {
    Object node = root;
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> m)) {
        return null;
      }
      node = m.get(key);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static List<Object> list(Object value) {
    return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
  }

  /** Writes sample bodies, nulls and all, with the JSON the tests already use. */
  private static final class Json {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
        new com.fasterxml.jackson.databind.ObjectMapper();

    static String write(Object value) {
      try {
        // A lone surrogate has no UTF-8 form: send it as the JSON escape a hostile client would.
        return MAPPER.writeValueAsString(value).replace("\uD800", "\\ud800");
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
