package org.newsroom.timeline.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What can be corrected about a source after ingest; the text itself never changes. */
@Schema(name = "SourceMetadata")
public record SourceMetadata(
    @NotBlank @Size(max = 200) String outlet,
    @Size(max = 1000) String title,
    @Size(max = 2048)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an absolute http(s) URL")
        String url,
    @Size(max = 35)
        @LanguageTag
        @Schema(description = "BCP 47 language tag", examples = "en", pattern = LanguageTag.SHAPE)
        String language,
    @Size(max = 500) String printedDate,
    LocalDate publishedOn,
    LocalDate trustedDate,
    @Size(max = 1000) String trustedDateNote) {}
