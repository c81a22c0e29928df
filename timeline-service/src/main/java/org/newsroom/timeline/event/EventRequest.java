package org.newsroom.timeline.event;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An event to create, or the full new state of one to update. */
@Schema(name = "EventRequest")
@ConsistentTime
public record EventRequest(
    @NotBlank @Size(max = 500) String title,
    @Size(max = 20_000) String summary,
    @NotNull @Valid EventTime start,
    @Valid EventTime end,
    @Size(max = 64)
        @Schema(
            description = "IANA time zone (not an offset), required when start or end has a time",
            examples = "Asia/Riyadh",
            pattern = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")
        String timeZone,
    @Size(max = 500) String place,
    @Size(max = 100) List<@NotBlank @Size(max = 200) String> participants,
    @NotNull EventStatus status,
    @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
    @NotEmpty @Size(max = 200) List<@NotNull @Valid CitationRequest> citations,
    @Schema(
            description =
                "Set by a person who checked the event; defaults to CONFIRMED for"
                    + " events people write")
        ReviewStatus reviewStatus) {}
