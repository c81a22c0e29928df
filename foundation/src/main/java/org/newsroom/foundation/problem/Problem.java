package org.newsroom.foundation.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, as sent with {@code application/problem+json}. */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    @Schema(description = "Stable URI identifying the kind of problem", required = true)
        String type,
    @Schema(required = true) String title,
    @Schema(required = true) int status,
    String detail,
    @Schema(description = "The request path this occurrence is about") String instance,
    @Schema(description = "The offending fields, for validation problems") List<Violation> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One offending field: a JSON path such as {@code citations[1].quote.start}, and why. */
  @Schema(name = "Violation")
  public record Violation(String field, String message) {}
}
