package org.newsroom.factcheck.discrepancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An editor's decision on a discrepancy. */
@Schema(name = "DiscrepancyStatusChange")
public record StatusChange(
    @NotNull DiscrepancyStatus status,
    @NotBlank @Size(max = 2000) @Schema(description = "Why; kept in the history") String note,
    @PositiveOrZero
        @Schema(
            description =
                "Only with RESOLVED: the index of the assertion that holds; absent when none does")
        Integer preferredAssertion) {}
