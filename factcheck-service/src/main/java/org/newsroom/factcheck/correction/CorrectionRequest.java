package org.newsroom.factcheck.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;

/** A correction to file, or its replacement while it is still SUBMITTED. */
@Schema(name = "CorrectionRequest")
@CorrectsTheText
public record CorrectionRequest(
    @NotNull @Schema(description = "The timeline-service source to correct") Long sourceId,
    @NotNull @Valid @Schema(description = "The span to correct") QuoteSelector quote,
    @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be a lower-case hex SHA-256")
        @Schema(description = "When given, must equal the source's current contentSha256")
        String sourceSha256,
    @Schema(description = "The discrepancy it comes from; it must quote the same source")
        Long discrepancyId,
    @Schema(description = "The timeline-service event it concerns") Long eventId,
    @NotNull CorrectionType type,
    @NotBlank @Size(max = 10_000) @Schema(description = "Exactly the quoted span as published")
        String originalText,
    @Size(max = 10_000)
        @Schema(description = "The text as it should read; required except for retractions")
        String correctedText,
    @NotBlank @Size(max = 5000) @Schema(description = "Why, for the editor") String reason,
    @NotBlank @Size(max = 2000) @Schema(description = "The note readers will see")
        String publicNote) {}
