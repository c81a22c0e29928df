package org.newsroom.foundation.annotation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) in its JSON-LD
 * serialisation, as far as both services use it: an annotation whose target is an exact quote in a
 * stored source text.
 */
public final class WebAnnotation {

  /** The JSON-LD context of the model. */
  public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

  /** Media type of the model's JSON-LD, with the profile the W3C protocol asks for. */
  public static final String MEDIA_TYPE =
      "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";

  /** The class of our custom state: the SHA-256 of the exact text the selectors apply to. */
  public static final String SHA256_STATE = "urn:newsroom:annotation:ContentSha256State";

  private WebAnnotation() {}

  /**
   * The answer in the model's media type with its profile (which content negotiation alone drops),
   * or as plain JSON to a client that asks for {@code application/json} before JSON-LD.
   */
  public static <T> RestResponse<T> respond(T entity, List<MediaType> acceptable) {
    MediaType ld = MediaType.valueOf("application/ld+json");
    for (MediaType accepted : acceptable) {
      if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)
          && !accepted.isWildcardType()
          && !accepted.isWildcardSubtype()) {
        return RestResponse.ResponseBuilder.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
      }
      if (accepted.isCompatible(ld)) {
        break;
      }
    }
    return RestResponse.ResponseBuilder.ok(entity, MEDIA_TYPE).build();
  }

  /** A page of annotations, the model's {@code AnnotationPage}. */
  @Schema(name = "AnnotationPage")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"@context", "id", "type", "items"})
  public record Page(
      @JsonProperty("@context") @Schema(examples = CONTEXT, required = true) String context,
      @Schema(required = true) String id,
      @Schema(examples = "AnnotationPage", required = true) String type,
      @Schema(required = true) List<Annotation> items) {

    public static Page of(String id, List<Annotation> items) {
      return new Page(CONTEXT, id, "AnnotationPage", List.copyOf(items));
    }
  }

  /** One annotation; inside a page it carries no {@code @context} of its own. */
  @Schema(name = "Annotation")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"@context", "id", "type", "motivation", "body", "target"})
  public record Annotation(
      @JsonProperty("@context") @Schema(description = "Only where it stands alone") String context,
      @Schema(required = true) String id,
      @Schema(examples = "Annotation", required = true) String type,
      @Schema(description = "linking (timeline citations) or assessing (fact-checks)")
          String motivation,
      Body body,
      Target target) {}

  /** The resource the annotation says something with: an event or a discrepancy, as JSON. */
  @Schema(name = "AnnotationBody")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Body(
      @Schema(required = true) String id, @Schema(required = true) String type, String format) {

    /** A resource of this service, answered as JSON: the model's {@code Dataset}. */
    public static Body json(String id) {
      return new Body(id, "Dataset", "application/json");
    }
  }

  /** The quoted span: a {@code SpecificResource} of a source, with selectors and state. */
  @Schema(name = "AnnotationTarget")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type", "source", "selector", "state"})
  public record Target(
      @Schema(required = true) String type,
      @Schema(required = true) String source,
      List<Selector> selector,
      List<State> state) {}

  /** A {@code TextQuoteSelector} (exact, prefix, suffix) or {@code TextPositionSelector}. */
  @Schema(name = "AnnotationSelector")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type", "exact", "prefix", "suffix", "start", "end"})
  public record Selector(
      @Schema(required = true) String type,
      String exact,
      String prefix,
      String suffix,
      Integer start,
      Integer end) {}

  /**
   * A {@code TimeState} (the stored copy and when it was taken) or our content-hash state (the
   * SHA-256 in {@code value}).
   */
  @Schema(name = "AnnotationState")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"type", "cached", "sourceDate", "value"})
  public record State(
      @Schema(required = true) String type,
      String cached,
      OffsetDateTime sourceDate,
      String value) {}
}
