package org.newsroom.factcheck.detection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsroom.factcheck.discrepancy.Attribute;
import org.newsroom.factcheck.discrepancy.DiscrepancyKind;
import org.newsroom.factcheck.discrepancy.NormalizedValue;
import org.newsroom.factcheck.discrepancy.Severity;

/**
 * Publication dates. A finding of the analysis about an article's own date becomes a {@code
 * DATE_ERROR} quoting both sides: the printed date and the text's evidence against it. The rules,
 * most severe first:
 *
 * <ul>
 *   <li>{@code finding.wrong-year} (HIGH): the printed year is not the year the text supports.
 *   <li>{@code finding.printed-after-dateline} (MEDIUM): printed a day after its own dateline.
 *   <li>{@code finding.placeholder} (LOW): an unfilled template stands where the date belongs.
 *   <li>{@code finding.written-before-print} (LOW): written the day before the printed date.
 * </ul>
 *
 * Findings about one article's date make one discrepancy, named after the most severe; findings
 * that only say a date is missing ({@code NO_PRINTED_DATE}, {@code UNDATED}) have no second side
 * and make none.
 */
final class PublicationDateRule {

  private record Kind(String rule, Severity severity) {}

  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("WRONG_YEAR", new Kind("finding.wrong-year", Severity.HIGH));
    KINDS.put(
        "PRINTED_AFTER_DATELINE", new Kind("finding.printed-after-dateline", Severity.MEDIUM));
    KINDS.put("PLACEHOLDER", new Kind("finding.placeholder", Severity.LOW));
    KINDS.put("WRITTEN_BEFORE_PRINT", new Kind("finding.written-before-print", Severity.LOW));
  }

  private static final List<String> ORDER = List.copyOf(KINDS.keySet());

  private PublicationDateRule() {}

  static List<Detected> find(Story story) {
    List<Detected> found = new ArrayList<>();
    for (SourceFacts source : story.sources) {
      Map<Integer, List<SourceFacts.Finding>> byScope = new LinkedHashMap<>();
      for (SourceFacts.Finding f : source.analysis().findings()) {
        if (KINDS.containsKey(f.kind())) {
          byScope.computeIfAbsent(f.scope(), k -> new ArrayList<>()).add(f);
        }
      }
      byScope.forEach((scope, findings) -> detect(source, scope, findings).ifPresent(found::add));
    }
    return found;
  }

  private static Optional<Detected> detect(
      SourceFacts source, int scope, List<SourceFacts.Finding> findings) {
    findings.sort(Comparator.comparingInt(f -> ORDER.indexOf(f.kind())));
    SourceFacts.Finding lead = findings.get(0);
    Kind kind = KINDS.get(lead.kind());
    List<Detected.Side> sides = new ArrayList<>();
    Set<SourceFacts.Span> quoted = new HashSet<>();
    for (SourceFacts.Finding f : findings) {
      for (SourceFacts.FindingQuote q : f.quotes()) {
        if (q.span() == null || !quoted.add(q.span())) {
          continue;
        }
        sides.add(
            new Detected.Side(
                source.sourceId(),
                q.span(),
                source.quote(q.span()),
                stated(q),
                date(q.value()),
                role(q.role())));
      }
    }
    if (sides.size() < 2) {
      supportingMention(source, scope, lead).ifPresent(sides::add);
    }
    if (sides.size() < 2) {
      return Optional.empty();
    }
    String explanation =
        String.join(" ", findings.stream().map(SourceFacts.Finding::summary).distinct().toList());
    return Optional.of(
        new Detected(
            "publication-date:" + source.sourceId() + ":" + scope,
            kind.rule(),
            DiscrepancyKind.DATE_ERROR,
            Attribute.DATE,
            kind.severity(),
            "Publication date of "
                + source.outlet()
                + (source.title() == null ? "" : " “" + source.title() + "”"),
            explanation,
            null,
            sides.size() > 20 ? sides.subList(0, 20) : sides));
  }

  /**
   * For a finding with one quote (a placeholder), the first dated mention of the article that names
   * the day the text supports: the other side.
   */
  private static Optional<Detected.Side> supportingMention(
      SourceFacts source, int scope, SourceFacts.Finding finding) {
    LocalDate day =
        finding.supportedDate() != null
            ? finding.supportedDate()
            : source.analysis().scopes().stream()
                .filter(s -> s.position() == scope && s.anchor() != null)
                .map(SourceFacts.Scope::anchor)
                .findFirst()
                .orElse(null);
    if (day == null) {
      return Optional.empty();
    }
    return source.analysis().mentions().stream()
        .filter(m -> m.scope() == scope && day.equals(m.day()))
        .findFirst()
        .map(
            m ->
                new Detected.Side(
                    source.sourceId(),
                    m.sentence(),
                    source.quote(m.sentence()),
                    m.text(),
                    new NormalizedValue(
                        NormalizedValue.Type.DATE,
                        day.toString(),
                        NormalizedValue.Qualifier.EXACTLY),
                    "The text's own date: “" + m.text() + "” read as " + day));
  }

  private static String stated(SourceFacts.FindingQuote q) {
    String text = q.text().strip();
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }

  private static NormalizedValue date(String value) {
    return value == null
        ? null
        : new NormalizedValue(NormalizedValue.Type.DATE, value, NormalizedValue.Qualifier.EXACTLY);
  }

  private static String role(String role) {
    return switch (role) {
      case "printed" -> "The date printed with the article";
      case "placeholder" -> "An unfilled template where the date belongs";
      case "dateline" -> "The article's own dateline";
      case "content" -> "A date the text states";
      default -> "The text's weekdays count from another day";
    };
  }
}
