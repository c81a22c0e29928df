package org.newsroom.foundation.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.newsroom.foundation.problem.ProblemResponses;

/**
 * The OpenAPI document as a client author reads it, whatever the code-first scan names things: the
 * shared problem responses and Idempotency-Key ({@link ProblemResponses}); one schema per page
 * named after its items ({@code EventPage}, not {@code PageEventView}); the roles an operation
 * needs in {@code x-roles} and its description, with the bearer requirement itself empty as every
 * tool expects; If-Match required wherever a missing one is a 428. Registered with {@code
 * mp.openapi.filter}; the build checks the result with openapi-generator and Spectral.
 */
public class ClientContract implements OASFilter {

  private static final String SCHEMAS = "#/components/schemas/";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ProblemResponses.addTo(openAPI);
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    List<Operation> operations =
        openAPI.getPaths().getPathItems().values().stream()
            .flatMap(item -> item.getOperations().values().stream())
            .toList();
    nameThePages(openAPI, operations);
    if (openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(ClientContract::letNullThrough);
    }
    requireWhatIsAlwaysWritten(openAPI, operations);
    operations.forEach(ClientContract::declareRoles);
    operations.forEach(ClientContract::requireIfMatch);
  }

  /**
   * A generic {@code Page<T>} is scanned as {@code Page} plus the Java name of T; each becomes
   * {@code <schema of its items>Page}, and every reference follows.
   */
  private static void nameThePages(OpenAPI openAPI, List<Operation> operations) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    Map<String, String> renames = new LinkedHashMap<>();
    schemas.forEach(
        (name, schema) -> {
          String items = itemsOfPage(schema);
          if (name.startsWith("Page") && items != null && !name.equals(items + "Page")) {
            renames.put(name, items + "Page");
          }
        });
    if (renames.isEmpty()) {
      return;
    }
    Map<String, Schema> renamed = new TreeMap<>();
    schemas.forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
    openAPI.getComponents().setSchemas(renamed);
    Map<String, String> refs = new LinkedHashMap<>();
    renames.forEach((from, to) -> refs.put(SCHEMAS + from, SCHEMAS + to));
    renamed.values().forEach(schema -> retarget(schema, refs));
    for (Operation operation : operations) {
      if (operation.getRequestBody() != null) {
        retarget(operation.getRequestBody().getContent(), refs);
      }
      if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
          retarget(response.getContent(), refs);
        }
      }
      if (operation.getParameters() != null) {
        operation.getParameters().forEach(p -> retarget(p.getSchema(), refs));
      }
    }
  }

  /**
   * Jackson writes every property of a response record, null or not. So in a schema only responses
   * use, every property not marked nullable is required: a client may count on it. A schema that
   * names its required properties itself (a record written {@code NON_NULL} or {@code NON_EMPTY},
   * such as {@code Problem}) keeps its list, and so do schemas that also describe input, whose list
   * comes from their Bean Validation constraints.
   */
  private static void requireWhatIsAlwaysWritten(OpenAPI openAPI, List<Operation> operations) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    if (schemas == null) {
      return;
    }
    Set<String> input = new HashSet<>();
    Set<String> output = new HashSet<>();
    for (Operation operation : operations) {
      if (operation.getRequestBody() != null) {
        reach(operation.getRequestBody().getContent(), schemas, input);
      }
      if (operation.getParameters() != null) {
        operation.getParameters().forEach(p -> reach(p.getSchema(), schemas, input));
      }
      if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
          reach(response.getContent(), schemas, output);
        }
      }
    }
    output.removeAll(input);
    for (String name : output) {
      Schema schema = schemas.get(name);
      if (schema.getProperties() == null
          || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
        continue;
      }
      List<String> required = new ArrayList<>();
      schema
          .getProperties()
          .forEach(
              (property, type) -> {
                if (!nullable(type) && !required.contains(property)) {
                  required.add(property);
                }
              });
      schema.setRequired(required);
    }
  }

  /**
   * A nullable reference with a description is scanned as {@code type: object} beside {@code anyOf:
   * [$ref, {type: null}]}, and that {@code type} refuses the null the {@code anyOf} allows; so
   * wherever null is among the alternatives, it is among the types too.
   */
  private static void letNullThrough(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(ClientContract::letNullThrough);
    }
    letNullThrough(schema.getItems());
    boolean nullAllowed =
        Stream.of(schema.getAnyOf(), schema.getOneOf())
            .filter(parts -> parts != null)
            .flatMap(List::stream)
            .anyMatch(
                part -> part.getType() != null && part.getType().contains(Schema.SchemaType.NULL));
    if (nullAllowed
        && schema.getType() != null
        && !schema.getType().contains(Schema.SchemaType.NULL)) {
      schema.addType(Schema.SchemaType.NULL);
    }
  }

  /** Marked {@code nullable}: in OpenAPI 3.1, {@code null} among its types or alternatives. */
  private static boolean nullable(Schema schema) {
    if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL)) {
      return true;
    }
    return Stream.of(schema.getAnyOf(), schema.getOneOf())
        .filter(parts -> parts != null)
        .flatMap(List::stream)
        .anyMatch(
            part -> part.getType() != null && part.getType().contains(Schema.SchemaType.NULL));
  }

  private static void reach(Content content, Map<String, Schema> schemas, Set<String> names) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(media -> reach(media.getSchema(), schemas, names));
    }
  }

  /** Adds the names of the component schemas a schema refers to, directly or not. */
  private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
      String name = schema.getRef().substring(SCHEMAS.length());
      if (names.add(name)) {
        reach(schemas.get(name), schemas, names);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(s -> reach(s, schemas, names));
    }
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(parts -> parts != null)
        .forEach(parts -> parts.forEach(s -> reach(s, schemas, names)));
    reach(schema.getItems(), schemas, names);
    reach(schema.getNot(), schemas, names);
    reach(schema.getAdditionalPropertiesSchema(), schemas, names);
  }

  /** The schema name of a page's items, if the schema is a page: items plus offset and total. */
  private static String itemsOfPage(Schema schema) {
    Map<String, Schema> properties = schema.getProperties();
    if (properties == null
        || !properties.keySet().containsAll(List.of("items", "offset", "limit", "total"))) {
      return null;
    }
    Schema items = properties.get("items").getItems();
    if (items == null || items.getRef() == null || !items.getRef().startsWith(SCHEMAS)) {
      return null;
    }
    return items.getRef().substring(SCHEMAS.length());
  }

  private static void retarget(Content content, Map<String, String> refs) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(media -> retarget(media.getSchema(), refs));
    }
  }

  private static void retarget(Schema schema, Map<String, String> refs) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null && refs.containsKey(schema.getRef())) {
      schema.setRef(refs.get(schema.getRef()));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(s -> retarget(s, refs));
    }
    Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
        .filter(parts -> parts != null)
        .forEach(parts -> parts.forEach(s -> retarget(s, refs)));
    retarget(schema.getItems(), refs);
    retarget(schema.getNot(), refs);
    retarget(schema.getAdditionalPropertiesSchema(), refs);
  }

  /**
   * OpenAPI 3.1 lets a bearer requirement list roles, but generators ignore them and linters
   * (Spectral's oas3-operation-security-defined) take them for undeclared OAuth scopes. So the
   * requirement stays {@code bearer: []} and the roles move to {@code x-roles} and the description.
   */
  private static void declareRoles(Operation operation) {
    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
      return;
    }
    List<String> roles = new ArrayList<>();
    List<SecurityRequirement> requirements = new ArrayList<>();
    for (SecurityRequirement requirement : operation.getSecurity()) {
      SecurityRequirement bare = OASFactory.createSecurityRequirement();
      requirement
          .getSchemes()
          .forEach(
              (scheme, scopes) -> {
                if (scopes != null) {
                  scopes.stream().filter(r -> !roles.contains(r)).forEach(roles::add);
                }
                bare.addScheme(scheme);
              });
      requirements.add(bare);
    }
    operation.setSecurity(requirements);
    if (!roles.isEmpty()) {
      operation.addExtension("x-roles", roles);
      String needs = "Needs a bearer token with the role " + String.join(" or ", roles) + ".";
      String description = operation.getDescription();
      operation.setDescription(description == null ? needs : description + "\n\n" + needs);
    }
  }

  /** Where a missing If-Match is answered 428, the header is required. */
  private static void requireIfMatch(Operation operation) {
    if (operation.getResponses() == null
        || !operation.getResponses().hasAPIResponse("428")
        || operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if ("If-Match".equalsIgnoreCase(parameter.getName())
          && parameter.getIn() == Parameter.In.HEADER) {
        parameter
            .required(true)
            .description(
                "The ETag of your last read, such as \"3\": missing is 428, stale is 412,"
                    + " * is refused")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING)
                    .minLength(1)
                    .addExample("\"3\""));
      }
    }
  }
}
