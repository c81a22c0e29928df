package org.newsroom.timeline.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsroom.foundation.quote.QuoteSelector;

/** A citation to write: which source, where in it, and optionally the hash the writer read. */
@Schema(name = "CitationRequest")
public record CitationRequest(
    @NotNull Long sourceId,
    @NotNull @Valid QuoteSelector quote,
    @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be a lower-case hex SHA-256")
        @Schema(description = "When given, must equal the source's contentSha256")
        String sourceSha256,
    @Size(max = 1000) String note) {}
