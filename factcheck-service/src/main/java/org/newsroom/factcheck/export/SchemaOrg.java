package org.newsroom.factcheck.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema.org types the exports write, as JSON-LD (https://schema.org). */
public final class SchemaOrg {

  public static final String CONTEXT = "https://schema.org";
  public static final String MEDIA_TYPE = "application/ld+json";

  private SchemaOrg() {}

  /** Several ClaimReviews in one document: one per assertion of a discrepancy. */
  @Schema(name = "ClaimReviewGraph")
  @JsonPropertyOrder({"@context", "@graph"})
  public record Graph(
      @JsonProperty("@context") @Schema(examples = CONTEXT) String context,
      @JsonProperty("@graph") List<ClaimReview> graph) {}

  /** Google's required properties: claimReviewed, reviewRating.alternateName, author, url. */
  @Schema(name = "ClaimReview")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "@type",
    "url",
    "claimReviewed",
    "itemReviewed",
    "reviewRating",
    "author",
    "datePublished"
  })
  public record ClaimReview(
      @JsonProperty("@type") @Schema(examples = "ClaimReview", required = true) String type,
      String url,
      @Schema(description = "The claim as it appeared: the assertion's exact quote")
          String claimReviewed,
      Claim itemReviewed,
      Rating reviewRating,
      Organization author,
      LocalDate datePublished) {}

  /** The claim, where it appeared and who made it. */
  @Schema(name = "Claim")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"@type", "appearance", "author", "datePublished"})
  public record Claim(
      @JsonProperty("@type") @Schema(required = true) String type,
      List<Article> appearance,
      Organization author,
      LocalDate datePublished) {}

  /** The article a claim appeared in, or a correction is about. */
  @Schema(name = "NewsArticle")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"@type", "url", "headline", "publisher", "datePublished"})
  public record Article(
      @JsonProperty("@type") @Schema(required = true) String type,
      String url,
      String headline,
      Organization publisher,
      LocalDate datePublished) {}

  @Schema(name = "Organization")
  @JsonPropertyOrder({"@type", "name"})
  public record Organization(@JsonProperty("@type") String type, String name) {

    public static Organization named(String name) {
      return new Organization("Organization", name);
    }
  }

  /** A textual rating only: no numeric scale is claimed. */
  @Schema(name = "Rating")
  @JsonPropertyOrder({"@type", "alternateName"})
  public record Rating(
      @JsonProperty("@type") String type,
      @Schema(description = "Accurate, Inaccurate, Disputed or Not disputed")
          String alternateName) {}

  /** A published correction of an article. */
  @Schema(name = "CorrectionComment")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"@context", "@type", "url", "text", "datePublished", "parentItem"})
  public record CorrectionComment(
      @JsonProperty("@context") @Schema(required = true) String context,
      @JsonProperty("@type") @Schema(required = true) String type,
      String url,
      @Schema(description = "The correction's public note") String text,
      OffsetDateTime datePublished,
      @Schema(description = "The corrected article") Article parentItem) {}
}
