package org.newsroom.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Checks every response a test receives through REST Assured against the OpenAPI document of the
 * service that sent it (read live from that service's {@code /q/openapi}): the status is declared
 * for the path and method, the content type is one the response declares, and a JSON body is valid
 * against its schema — problem bodies, nullable fields and enum values included. Anything else
 * fails the request with an {@link AssertionError} naming method, path, status and the violation.
 *
 * <p>Registered globally for every {@code @QuarkusTest} by {@link RegisterDocumentedResponses}.
 * Paths under {@code /q/} (health, the document itself) are the platform's, not the API's, and are
 * counted as skipped. A path or method the document does not have must be answered 404 or 405 with
 * a {@code Problem}.
 */
public final class DocumentedResponses implements Filter {

  static final DocumentedResponses INSTANCE = new DocumentedResponses();

  static final AtomicLong VALIDATED = new AtomicLong();
  static final AtomicLong SKIPPED = new AtomicLong();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROBLEM = "application/problem+json";

  private final Map<String, ServiceDocument> documents = new ConcurrentHashMap<>();

  private DocumentedResponses() {}

  /** Adds the filter to REST Assured's global filters, once per class loader. */
  public static void register() {
    if (!RestAssured.filters().contains(INSTANCE)) {
      RestAssured.filters(INSTANCE);
    }
  }

  @Override
  public Response filter(
      FilterableRequestSpecification request,
      FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    INSTANCE.validate(request.getMethod(), URI.create(request.getURI()), response);
    return response;
  }

  /**
   * Validates one response to a request sent without REST Assured (a body with no Content-Type,
   * which REST Assured will not send); REST Assured's own responses come through the filter.
   */
  public static void check(String method, URI uri, Response response) {
    INSTANCE.validate(method, uri, response);
  }

  private void validate(String requestMethod, URI uri, Response response) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (path.startsWith("/q/")) {
      SKIPPED.incrementAndGet();
      return;
    }
    String base = uri.getScheme() + "://" + uri.getAuthority();
    ServiceDocument document = documents.computeIfAbsent(base, ServiceDocument::read);
    String method = requestMethod.toUpperCase(Locale.ROOT);
    List<String> violations = check(document, method, path, response);
    VALIDATED.incrementAndGet();
    if (!violations.isEmpty()) {
      String report =
          "Response not as documented by "
              + document.title
              + ": "
              + method
              + " "
              + path
              + " → "
              + response.statusCode()
              + " "
              + String.valueOf(response.contentType())
              + "\n  "
              + String.join("\n  ", violations)
              + "\n  body: "
              + abbreviate(response.asString());
      record(report);
      throw new AssertionError(report);
    }
  }

  /** Every violation also goes to {@code target/documented-responses-violations.txt}. */
  private static synchronized void record(String report) {
    try {
      Path file = Path.of("target", "documented-responses-violations.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          report + "\n\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The AssertionError still reports it.
    }
  }

  private List<String> check(
      ServiceDocument document, String method, String path, Response response) {
    List<String> violations = new ArrayList<>();
    int status = response.statusCode();
    ServiceDocument.PathTemplate template = document.match(path);
    JsonNode operation =
        template == null
            ? null
            : template.item.get(method.equals("HEAD") ? "get" : method.toLowerCase(Locale.ROOT));
    if (operation == null) {
      String what = template == null ? "path not in the document" : "method not in the document";
      if (status != 404 && status != 405) {
        violations.add(what + ", yet answered " + status + " (only 404 or 405 would be right)");
        return violations;
      }
      checkBody(document, mediaType(response), response, null, violations);
      return violations;
    }
    JsonNode responses = operation.path("responses");
    JsonNode declared = responses.get(String.valueOf(status));
    if (declared == null) {
      declared = responses.get((status / 100) + "XX");
    }
    if (declared == null) {
      declared = responses.get("default");
    }
    if (declared == null) {
      List<String> codes = new ArrayList<>();
      responses.fieldNames().forEachRemaining(codes::add);
      violations.add(
          "status "
              + status
              + " not declared for "
              + method
              + " "
              + template.raw
              + " (declared: "
              + codes
              + ")");
      return violations;
    }
    declared = document.resolve(declared);
    JsonNode content = declared.get("content");
    byte[] body = response.asByteArray();
    if (content == null || content.isEmpty()) {
      if (body.length > 0 && !method.equals("HEAD")) {
        violations.add("a body, where " + status + " declares no content");
      }
      return violations;
    }
    String mediaType = mediaType(response);
    if (body.length == 0 && (method.equals("HEAD") || status == 304)) {
      return violations;
    }
    if (mediaType == null) {
      violations.add("no Content-Type; declared: " + names(content));
      return violations;
    }
    JsonNode media = declaredMedia(content, mediaType);
    if (media == null) {
      violations.add("Content-Type " + mediaType + " not declared; declared: " + names(content));
      return violations;
    }
    checkBody(document, mediaType, response, media, violations);
    return violations;
  }

  private void checkBody(
      ServiceDocument document,
      String mediaType,
      Response response,
      JsonNode media,
      List<String> violations) {
    JsonSchema schema;
    if (media == null) {
      // Outside the document's paths: the answer must still be a problem.
      if (!PROBLEM.equals(mediaType)) {
        violations.add("Content-Type " + mediaType + ", where a problem must be " + PROBLEM);
        return;
      }
      schema = document.component("Problem");
    } else if (media.has("schema") && isJson(mediaType)) {
      schema = document.schema(media.get("schema"));
    } else {
      return;
    }
    if (schema == null) {
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.asByteArray());
    } catch (IOException e) {
      violations.add("body is not JSON: " + e.getMessage());
      return;
    }
    if (body == null || body.isMissingNode()) {
      violations.add("empty body, where " + mediaType + " is declared");
      return;
    }
    Set<ValidationMessage> messages = schema.validate(body);
    violations.addAll(
        messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList()));
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String mediaType(Response response) {
    String type = response.contentType();
    if (type == null || type.isBlank()) {
      return null;
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The media type object for a response's type and subtype: a key may carry parameters ({@code
   * text/plain;charset=UTF-8}) and a range ({@code text/*}, {@code *}{@code /*}) is the last
   * resort.
   */
  private static JsonNode declaredMedia(JsonNode content, String mediaType) {
    String major = mediaType.substring(0, Math.max(0, mediaType.indexOf('/')));
    JsonNode range = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String key = entry.getKey().toLowerCase(Locale.ROOT);
      int semicolon = key.indexOf(';');
      key = (semicolon < 0 ? key : key.substring(0, semicolon)).trim();
      if (key.equals(mediaType)) {
        return entry.getValue();
      }
      if (key.equals("*/*") || key.equals(major + "/*")) {
        range = entry.getValue();
      }
    }
    return range;
  }

  private static List<String> names(JsonNode content) {
    List<String> names = new ArrayList<>();
    content.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }
}
