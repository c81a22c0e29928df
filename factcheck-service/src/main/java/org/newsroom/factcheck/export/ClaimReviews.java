package org.newsroom.factcheck.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsroom.factcheck.discrepancy.DiscrepancyStatus;
import org.newsroom.factcheck.discrepancy.DiscrepancyView;
import org.newsroom.factcheck.discrepancy.DiscrepancyView.AssertionView;
import org.newsroom.factcheck.timeline.TimelineClient.SourceInfo;

/**
 * A reviewed discrepancy as schema.org ClaimReviews, one per assertion (one claim each). The
 * textual rating follows the editor's decision:
 *
 * <ul>
 *   <li>RESOLVED: the preferred assertion is "Accurate", every other one "Inaccurate" (all of them
 *       when none was preferred);
 *   <li>CONFIRMED: the sources really disagree, no side chosen yet: every assertion "Disputed";
 *   <li>DISMISSED: no real disagreement: every assertion "Not disputed".
 * </ul>
 *
 * The review is dated by the decision (resolution time, else the last change).
 */
public final class ClaimReviews {

  public static final Set<DiscrepancyStatus> REVIEWED =
      Set.of(DiscrepancyStatus.CONFIRMED, DiscrepancyStatus.DISMISSED, DiscrepancyStatus.RESOLVED);

  private ClaimReviews() {}

  /** The reviews; the caller has checked the discrepancy is {@link #REVIEWED}. */
  public static SchemaOrg.Graph of(
      DiscrepancyView d,
      String url,
      Map<Long, SourceInfo> sources,
      SourceLinks links,
      String publisher) {
    LocalDate reviewed = reviewedOn(d);
    List<SchemaOrg.ClaimReview> reviews =
        d.assertions().stream()
            .map(
                a ->
                    new SchemaOrg.ClaimReview(
                        "ClaimReview",
                        url + "#assertion-" + a.index(),
                        a.quote().exact(),
                        claim(a, sources.get(a.sourceId()), links),
                        new SchemaOrg.Rating("Rating", rating(d, a)),
                        SchemaOrg.Organization.named(publisher),
                        reviewed))
            .toList();
    return new SchemaOrg.Graph(SchemaOrg.CONTEXT, reviews);
  }

  /** The textual rating of one assertion, as the class comment lays out. */
  static String rating(DiscrepancyView d, AssertionView a) {
    switch (d.status()) {
      case RESOLVED:
        Integer preferred = d.resolution() == null ? null : d.resolution().preferredAssertion();
        return preferred != null && preferred == a.index() ? "Accurate" : "Inaccurate";
      case CONFIRMED:
        return "Disputed";
      case DISMISSED:
        return "Not disputed";
      default:
        throw new IllegalStateException("not reviewed: " + d.status());
    }
  }

  private static LocalDate reviewedOn(DiscrepancyView d) {
    OffsetDateTime at =
        d.resolution() != null && d.resolution().at() != null ? d.resolution().at() : d.updatedAt();
    return at.toLocalDate();
  }

  private static SchemaOrg.Claim claim(AssertionView a, SourceInfo info, SourceLinks links) {
    SchemaOrg.Article article =
        article(a.sourceId(), a.sourceOutlet(), a.sourceTitle(), info, links);
    return new SchemaOrg.Claim(
        "Claim", List.of(article), article.publisher(), article.datePublished());
  }

  /** A source as the NewsArticle it is, with what timeline-service says now where it can. */
  static SchemaOrg.Article article(
      long sourceId, String outlet, String title, SourceInfo info, SourceLinks links) {
    String name = info != null && info.outlet() != null ? info.outlet() : outlet;
    String headline = info != null && info.title() != null ? info.title() : title;
    return new SchemaOrg.Article(
        "NewsArticle",
        links.article(sourceId, info),
        headline,
        SchemaOrg.Organization.named(name),
        info == null ? null : info.trustedDate());
  }
}
