package org.newsroom.factcheck.discrepancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A discrepancy to record or replace. Its status changes only through the status operation. */
@Schema(name = "DiscrepancyRequest")
public record DiscrepancyRequest(
    @NotBlank
        @Size(max = 500)
        @Schema(description = "The fact in words", examples = "Length of the Riyadh talks")
        String subject,
    @Schema(description = "The timeline-service event it concerns, when there is one") Long eventId,
    @NotNull Attribute attribute,
    @NotNull DiscrepancyKind kind,
    @NotNull Severity severity,
    @Size(max = 5000) @Schema(description = "What disagrees and what to check") String description,
    @NotNull
        @Size(min = 2, max = 20, message = "must hold 2 to 20 assertions")
        @Schema(description = "Two or more sourced assertions that disagree")
        List<@NotNull @Valid AssertionRequest> assertions) {}
