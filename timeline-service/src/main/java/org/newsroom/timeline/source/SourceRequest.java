package org.newsroom.timeline.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article to ingest. Only the outlet and the text are required. */
@Schema(name = "SourceRequest")
public record SourceRequest(
    @NotBlank @Size(max = 200) @Schema(examples = "Reuters") String outlet,
    @Size(max = 1000) String title,
    @Size(max = 2048)
        @Pattern(regexp = "^https?://\\S+$", message = "must be an absolute http(s) URL")
        String url,
    @Size(max = 35)
        @LanguageTag
        @Schema(description = "BCP 47 language tag", examples = "en", pattern = LanguageTag.SHAPE)
        String language,
    @Size(max = 500)
        @Schema(
            description = "The publication date exactly as printed, free text",
            examples = "Published February 19, 2023")
        String printedDate,
    @Schema(description = "The printed date as a date; parsed from printedDate when left out")
        LocalDate publishedOn,
    @Schema(
            description =
                "The date relative expressions are read against; defaults to publishedOn. Set it"
                    + " when the print is wrong.")
        LocalDate trustedDate,
    @Size(max = 1000) @Schema(description = "Why the trusted date differs from the print")
        String trustedDateNote,
    @NotEmpty
        @StorableText
        @Size(max = SourceRequest.MAX_TEXT)
        @Schema(description = "The full text, stored exactly as sent")
        String text) {

  public static final int MAX_TEXT = 2_000_000;

  /** The metadata part, shared with updates. */
  public SourceMetadata metadata() {
    return new SourceMetadata(
        outlet, title, url, language, printedDate, publishedOn, trustedDate, trustedDateNote);
  }
}
