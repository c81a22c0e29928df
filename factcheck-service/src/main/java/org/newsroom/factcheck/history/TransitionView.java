package org.newsroom.factcheck.history;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of state: from what to what, who made it, when, and their note. */
@Schema(name = "Transition")
public record TransitionView(
    @Schema(
            nullable = true,
            description = "The state before; absent for the first entry (recording or filing)")
        String from,
    String to,
    String by,
    OffsetDateTime at,
    @Schema(nullable = true) String note) {}
