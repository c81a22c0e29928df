package org.newsroom.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The live OpenAPI document of one running service, read once from {@code /q/openapi}, with every
 * response schema compiled (lazily, once) as JSON Schema 2020-12 in the OpenAPI 3.1 dialect. The
 * response schemas are copied under {@code $defs} of one schema resource that also holds the
 * document's {@code components}, so their {@code #/components/schemas/…} references resolve as they
 * do in the document.
 */
final class ServiceDocument {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  final String baseUrl;
  final String title;
  private final JsonNode document;
  private final List<PathTemplate> paths = new ArrayList<>();
  private final Map<JsonNode, String> schemaKeys = new LinkedHashMap<>();
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
  private final JsonSchemaFactory factory;
  private final String schemaIri;
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private ServiceDocument(String baseUrl, JsonNode document) throws IOException {
    this.baseUrl = baseUrl;
    this.document = document;
    this.title = document.path("info").path("title").asText(baseUrl);
    String version = document.path("openapi").asText();
    if (!version.startsWith("3.1")) {
      throw new IllegalStateException(
          baseUrl + " serves OpenAPI " + version + "; responses are validated as 3.1");
    }
    document
        .path("paths")
        .fields()
        .forEachRemaining(e -> paths.add(new PathTemplate(e.getKey(), e.getValue())));
    paths.sort(Comparator.comparingInt((PathTemplate p) -> p.parameters).thenComparing(p -> p.raw));

    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", OpenApi31.getInstance().getIri());
    root.set("components", document.path("components"));
    ObjectNode defs = root.putObject("$defs");
    for (PathTemplate path : paths) {
      for (Iterator<JsonNode> operations = path.item.elements(); operations.hasNext(); ) {
        for (JsonNode response : operations.next().path("responses")) {
          for (JsonNode media : resolve(response).path("content")) {
            JsonNode schema = media.get("schema");
            if (schema != null && !schemaKeys.containsKey(schema)) {
              String key = "r" + schemaKeys.size();
              schemaKeys.put(schema, key);
              defs.set(key, schema);
            }
          }
        }
      }
    }
    this.schemaIri = "https://contract.test/" + Integer.toHexString(baseUrl.hashCode()) + ".json";
    String text = JSON.writeValueAsString(root);
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(schemaIri, text))));
  }

  /** Reads the document a service serves, bypassing REST Assured (and so its filters). */
  static ServiceDocument read(String baseUrl) {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            baseUrl + "/q/openapi answered " + answer.statusCode() + ", not the document");
      }
      return new ServiceDocument(baseUrl, JSON.readTree(answer.body()));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the OpenAPI document of " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted reading the OpenAPI document of " + baseUrl, e);
    }
  }

  /** The path item whose template matches a request path, preferring literal segments. */
  PathTemplate match(String path) {
    for (PathTemplate template : paths) {
      if (template.pattern.matcher(path).matches()) {
        return template;
      }
    }
    return null;
  }

  /** A response object with its {@code $ref} to {@code #/components/responses/…} followed. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 5 && current.has("$ref"); hops++) {
      current = document.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  /** The compiled schema of a media type object of some response in this document. */
  JsonSchema schema(JsonNode schemaNode) {
    String key = schemaKeys.get(schemaNode);
    if (key == null) {
      throw new IllegalStateException("Not a response schema of " + title + ": " + schemaNode);
    }
    return compiled.computeIfAbsent(
        key, k -> factory.getSchema(SchemaLocation.of(schemaIri + "#/$defs/" + k), config));
  }

  /** The compiled schema of a named component, such as {@code Problem}. */
  JsonSchema component(String name) {
    if (document.path("components").path("schemas").path(name).isMissingNode()) {
      return null;
    }
    return compiled.computeIfAbsent(
        "component:" + name,
        k ->
            factory.getSchema(
                SchemaLocation.of(schemaIri + "#/components/schemas/" + name), config));
  }

  /** A path of the document as a pattern: each {@code {parameter}} is one segment. */
  static final class PathTemplate {
    final String raw;
    final JsonNode item;
    final Pattern pattern;
    final int parameters;

    PathTemplate(String raw, JsonNode item) {
      this.raw = raw;
      this.item = item;
      StringBuilder regex = new StringBuilder();
      int count = 0;
      int at = 0;
      while (at < raw.length()) {
        int open = raw.indexOf('{', at);
        if (open < 0) {
          regex.append(Pattern.quote(raw.substring(at)));
          break;
        }
        regex.append(Pattern.quote(raw.substring(at, open))).append("[^/]+");
        count++;
        at = raw.indexOf('}', open) + 1;
      }
      this.pattern = Pattern.compile(regex.toString());
      this.parameters = count;
    }
  }
}
