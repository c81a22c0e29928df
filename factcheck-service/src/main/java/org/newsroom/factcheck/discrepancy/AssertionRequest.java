package org.newsroom.factcheck.discrepancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;

/** One sourced assertion to record: where a source states the fact, and what it states. */
@Schema(name = "AssertionRequest")
public record AssertionRequest(
    @NotNull @Schema(description = "A timeline-service source id") Long sourceId,
    @NotNull @Valid QuoteSelector quote,
    @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be a lower-case hex SHA-256")
        @Schema(description = "When given, must equal the source's current contentSha256")
        String sourceSha256,
    @NotBlank
        @Size(max = 200)
        @Schema(description = "The value as the source states it", examples = "almost five hours")
        String statedValue,
    @Valid @Schema(description = "The value in comparable form, where one exists")
        NormalizedValue normalized,
    @Size(max = 1000) String note) {}
