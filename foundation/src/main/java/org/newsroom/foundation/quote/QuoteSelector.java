package org.newsroom.foundation.quote;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a quote sits in a source text: the exact words, a little context either side, and their
 * position. Offsets count Unicode code points from the start of the text; {@code end} is exclusive.
 * Modelled on the W3C Web Annotation TextQuoteSelector and TextPositionSelector.
 */
@Schema(
    description =
        "An exact quote in a source text. Offsets count Unicode code points, end exclusive. When"
            + " writing, start/end may be left out if the quote (with prefix/suffix) occurs once;"
            + " the stored selector always has them.")
public record QuoteSelector(
    @NotBlank @Size(max = 10_000) @Schema(description = "The quoted words, exactly as in the text")
        String exact,
    @Size(max = 500) @Schema(nullable = true, description = "Text immediately before the quote")
        String prefix,
    @Size(max = 500) @Schema(nullable = true, description = "Text immediately after the quote")
        String suffix,
    @PositiveOrZero
        @Schema(nullable = true, description = "Offset of the first code point of the quote")
        Integer start,
    @PositiveOrZero
        @Schema(nullable = true, description = "Offset just past the last code point of the quote")
        Integer end) {}
