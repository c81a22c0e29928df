package org.newsroom.foundation.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change to a resource, as clients see it. */
@Schema(name = "Change")
public record ChangeView(
    @Schema(description = "Identifies this change; later changes have larger ids") long id,
    @Schema(description = "What happened: CREATED, EDITED, DELETED or the decision taken")
        String action,
    @Schema(description = "Who made the change: a person's name, or the analysis or detector")
        String actor,
    OffsetDateTime at,
    @Schema(
            description =
                "Top-level fields whose value differs between before and after (the version,"
                    + " updatedAt and updatedBy aside)")
        List<String> changed,
    @Schema(
            implementation = Object.class,
            type = SchemaType.OBJECT,
            description = "The resource as a GET answered just before the change; null if created",
            nullable = true)
        JsonNode before,
    @Schema(
            implementation = Object.class,
            type = SchemaType.OBJECT,
            description = "The resource as a GET answered just after the change; null if deleted",
            nullable = true)
        JsonNode after) {}
