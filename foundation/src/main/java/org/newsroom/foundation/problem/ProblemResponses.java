package org.newsroom.foundation.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Adds one reusable response per error status, each a {@code Problem}, to the OpenAPI document, so
 * operations declare their errors with {@code @APIResponse(responseCode = "404", ref =
 * ProblemResponses.NOT_FOUND)}. Added by {@link org.newsroom.foundation.openapi.ClientContract}.
 */
public final class ProblemResponses {

  public static final String BAD_REQUEST = "BadRequest";
  public static final String UNAUTHORIZED = "Unauthorized";
  public static final String FORBIDDEN = "Forbidden";
  public static final String NOT_FOUND = "NotFound";
  public static final String CONFLICT = "Conflict";
  public static final String PRECONDITION_FAILED = "PreconditionFailed";
  public static final String UNPROCESSABLE = "UnprocessableContent";
  public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
  public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
  public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
  public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
  public static final String TOO_MANY_REQUESTS = "TooManyRequests";
  public static final String URI_TOO_LONG = "UriTooLong";
  public static final String HEADERS_TOO_LARGE = "HeadersTooLarge";

  private static final Map<String, String> DESCRIPTIONS =
      Map.ofEntries(
          Map.entry(
              BAD_REQUEST,
              "Malformed JSON, a wrong type, an unknown enum value or an invalid field"),
          Map.entry(UNAUTHORIZED, "No bearer token, or one that is not valid"),
          Map.entry(FORBIDDEN, "The token's role does not allow this operation"),
          Map.entry(NOT_FOUND, "No such resource"),
          Map.entry(CONFLICT, "The change conflicts with the current state"),
          Map.entry(
              PRECONDITION_FAILED, "If-Match is stale: the resource changed since it was read"),
          Map.entry(UNPROCESSABLE, "Well-formed, but inconsistent with the data it refers to"),
          Map.entry(PRECONDITION_REQUIRED, "If-Match is missing"),
          Map.entry(SERVICE_UNAVAILABLE, "A service this operation depends on is unavailable"),
          Map.entry(
              TOO_MANY_REQUESTS,
              "More writes with this token than the service takes a minute; see Retry-After"),
          Map.entry(URI_TOO_LONG, "The request URI is longer than the service accepts"),
          Map.entry(HEADERS_TOO_LARGE, "The request headers are larger than the service accepts"),
          Map.entry(PAYLOAD_TOO_LARGE, "The body is larger than the service accepts"),
          Map.entry(
              UNSUPPORTED_MEDIA_TYPE,
              "The body has no Content-Type, or one this operation does not read"));

  private ProblemResponses() {}

  /** Adds the problem responses and the Idempotency-Key parameter to the document. */
  public static void addTo(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    // The Problem schema itself comes from the annotated Problem record.
    Components components = openAPI.getComponents();
    DESCRIPTIONS.forEach(
        (name, description) ->
            components.addResponse(
                name,
                OASFactory.createAPIResponse()
                    .description(description)
                    .content(
                        OASFactory.createContent()
                            .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                    .schema(
                                        OASFactory.createSchema()
                                            .ref("#/components/schemas/Problem"))))));
    declareIdempotencyKeys(openAPI);
    declareWhatAnyOperationMayAnswer(openAPI);
  }

  /**
   * What any operation can be answered before or beside its own work: 414 (URI too long) and 431
   * (headers too large) from {@link TransportProblems}, 503 when the database is unavailable; for
   * one that reads a body, 413 (too large) and 415 (no Content-Type it reads); for a write, 429
   * from the per-token write limit.
   */
  private static void declareWhatAnyOperationMayAnswer(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item ->
                item.getOperations()
                    .forEach(
                        (method, operation) -> {
                          if (operation.getResponses() == null) {
                            return;
                          }
                          addIfMissing(operation, "414", URI_TOO_LONG);
                          addIfMissing(operation, "431", HEADERS_TOO_LARGE);
                          addIfMissing(operation, "503", SERVICE_UNAVAILABLE);
                          if (operation.getRequestBody() != null) {
                            addIfMissing(operation, "413", PAYLOAD_TOO_LARGE);
                            addIfMissing(operation, "415", UNSUPPORTED_MEDIA_TYPE);
                          }
                          if (method != PathItem.HttpMethod.GET
                              && method != PathItem.HttpMethod.HEAD
                              && method != PathItem.HttpMethod.OPTIONS) {
                            addIfMissing(operation, "429", TOO_MANY_REQUESTS);
                          }
                        }));
  }

  private static void addIfMissing(Operation operation, String status, String response) {
    if (!operation.getResponses().hasAPIResponse(status)) {
      operation
          .getResponses()
          .addAPIResponse(
              status, OASFactory.createAPIResponse().ref("#/components/responses/" + response));
    }
  }

  /** Every POST that creates (answers 201) takes an optional Idempotency-Key header. */
  private static void declareIdempotencyKeys(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getComponents()
        .addParameter(
            "IdempotencyKey",
            OASFactory.createParameter()
                .name("Idempotency-Key")
                .in(Parameter.In.HEADER)
                .required(false)
                .description(
                    "Any unique string (1 to 255 visible ASCII characters). A retry with the same"
                        + " key gets the first answer again, marked Idempotent-Replayed: true,"
                        + " instead of creating a duplicate; 409 while the first still runs.")
                .schema(
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.STRING)
                        .minLength(1)
                        .maxLength(255)));
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            item -> {
              var post = item.getPOST();
              if (post != null
                  && post.getResponses() != null
                  && post.getResponses().hasAPIResponse("201")) {
                post.addParameter(
                    OASFactory.createParameter().ref("#/components/parameters/IdempotencyKey"));
              }
            });
  }
}
