package org.newsroom.foundation.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
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

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          BAD_REQUEST, "Malformed JSON, a wrong type, an unknown enum value or an invalid field",
          UNAUTHORIZED, "No bearer token, or one that is not valid",
          FORBIDDEN, "The token's role does not allow this operation",
          NOT_FOUND, "No such resource",
          CONFLICT, "The change conflicts with the current state",
          PRECONDITION_FAILED, "If-Match is stale: the resource changed since it was read",
          UNPROCESSABLE, "Well-formed, but inconsistent with the data it refers to",
          PRECONDITION_REQUIRED, "If-Match is missing",
          SERVICE_UNAVAILABLE, "A service this operation depends on is unavailable");

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
