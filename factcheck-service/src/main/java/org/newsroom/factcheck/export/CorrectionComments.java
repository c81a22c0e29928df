package org.newsroom.factcheck.export;

import org.newsroom.factcheck.correction.CorrectionView;
import org.newsroom.factcheck.timeline.TimelineClient.SourceInfo;

/**
 * A published correction as a schema.org CorrectionComment: its public note as {@code text}, dated
 * when it was published, its {@code parentItem} the corrected article.
 */
public final class CorrectionComments {

  private CorrectionComments() {}

  public static SchemaOrg.CorrectionComment of(
      CorrectionView c, String url, SourceInfo source, SourceLinks links) {
    return new SchemaOrg.CorrectionComment(
        SchemaOrg.CONTEXT,
        "CorrectionComment",
        url,
        c.publicNote(),
        c.publishedAt(),
        ClaimReviews.article(c.sourceId(), c.sourceOutlet(), c.sourceTitle(), source, links));
  }
}
