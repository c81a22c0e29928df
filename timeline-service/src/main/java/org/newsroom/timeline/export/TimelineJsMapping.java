package org.newsroom.timeline.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsroom.timeline.event.DatePoint;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.event.EventTime;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.export.TimelineJsDocument.Date;
import org.newsroom.timeline.export.TimelineJsDocument.Slide;
import org.newsroom.timeline.export.TimelineJsDocument.Text;
import org.newsroom.timeline.timeline.TimelineEntry;
import org.newsroom.timeline.timeline.TimelineEntry.SourcedQuote;

/**
 * Timeline entries as TimelineJS slides. A date carries only the fields its precision knows (a
 * year; a year and month; a day; a day with hour and minute in the event's local time). What the
 * fields cannot say — an ISO week, a range, bounds on when it really was, the time zone — is said
 * in {@code display_date}. The group is the event's status, so TimelineJS draws one row per status.
 */
public final class TimelineJsMapping {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  private TimelineJsMapping() {}

  /** The document: a title slide and the entries in the order given. */
  public static TimelineJsDocument document(
      String headline, String description, List<TimelineEntry> entries, ApiLinks links) {
    Slide title =
        new Slide(
            null,
            null,
            null,
            new Text(Html.escape(headline), "<p>" + Html.escape(description) + "</p>"),
            null,
            null);
    return new TimelineJsDocument(
        title, entries.stream().map(entry -> slide(entry, links)).toList());
  }

  /** One event as a slide. */
  public static Slide slide(TimelineEntry entry, ApiLinks links) {
    DatePoint start = point(entry.start());
    DatePoint end = point(entry.end());
    Date endDate = null;
    if (end != null) {
      endDate = date(end, false);
    } else if (start.precision == Precision.WEEK) {
      endDate = date(start, false);
    }
    return new Slide(
        date(start, true),
        endDate,
        displayDate(entry, start, end),
        new Text(Html.escape(entry.title()), body(entry, links)),
        "event-" + entry.eventId(),
        group(entry.status()));
  }

  private static DatePoint point(EventTime time) {
    return time == null
        ? null
        : DatePoint.parse(time.value(), time.precision(), time.earliest(), time.latest());
  }

  /** The fields of a point; a week is its Monday as a start and its Sunday as an end. */
  static Date date(DatePoint p, boolean asStart) {
    LocalDate d = asStart ? p.periodStart() : p.periodEnd();
    switch (p.precision) {
      case YEAR:
        return new Date(d.getYear(), null, null, null, null);
      case MONTH:
        return new Date(d.getYear(), d.getMonthValue(), null, null, null);
      case MINUTE:
        return new Date(
            d.getYear(),
            d.getMonthValue(),
            d.getDayOfMonth(),
            p.time.getHour(),
            p.time.getMinute());
      default:
        return new Date(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), null, null);
    }
  }

  /**
   * What a reader should see where the date fields fall short: "Week of 10 February 2025", "18
   * February 2025, 10:30 (Asia/Riyadh)", "17 – 20 February 2025", "February 2025, between 3 and 20
   * February 2025"; null when the fields say it all.
   */
  static String displayDate(TimelineEntry entry, DatePoint start, DatePoint end) {
    boolean bounded = bounded(start) || bounded(end);
    boolean ranged = end != null && !end.value().equals(start.value());
    boolean timed =
        start.precision == Precision.MINUTE || (end != null && end.precision == Precision.MINUTE);
    boolean week =
        start.precision == Precision.WEEK || (end != null && end.precision == Precision.WEEK);
    if (!bounded && !ranged && !timed && !week) {
      return null;
    }
    String label = capitalised(start.label());
    if (ranged) {
      label += " – " + end.label();
    }
    if (timed && entry.timeZone() != null) {
      label += " (" + entry.timeZone() + ")";
    }
    if (bounded) {
      label += ", between " + DAY.format(entry.spanFrom()) + " and " + DAY.format(entry.spanTo());
    }
    return label;
  }

  private static boolean bounded(DatePoint p) {
    return p != null && (p.earliest != null || p.latest != null);
  }

  private static String capitalised(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /** The status in words: OCCURRED → Occurred. */
  static String group(EventStatus status) {
    String name = status.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Summary, place and people, then each citation: outlet linked, title, the quoted words. */
  static String body(TimelineEntry entry, ApiLinks links) {
    StringBuilder html = new StringBuilder();
    if (entry.summary() != null && !entry.summary().isBlank()) {
      html.append("<p>").append(Html.escape(entry.summary())).append("</p>");
    }
    List<String> where = new ArrayList<>();
    if (entry.place() != null && !entry.place().isBlank()) {
      where.add(entry.place());
    }
    if (!entry.participants().isEmpty()) {
      where.add(String.join(", ", entry.participants()));
    }
    if (!where.isEmpty()) {
      html.append("<p>").append(Html.escape(String.join(" · ", where))).append("</p>");
    }
    if (!entry.citations().isEmpty()) {
      html.append("<ul>");
      for (SourcedQuote quote : entry.citations()) {
        html.append("<li><a href=\"")
            .append(Html.escape(links.citation(quote)))
            .append("\">")
            .append(Html.escape(quote.outlet()))
            .append("</a>");
        if (quote.sourceTitle() != null && !quote.sourceTitle().isBlank()) {
          html.append(", <cite>").append(Html.escape(quote.sourceTitle())).append("</cite>");
        }
        html.append(": <q>").append(Html.escape(quote.quote().exact())).append("</q>");
        if (quote.suggested()) {
          html.append(" (suggested)");
        }
        html.append("</li>");
      }
      html.append("</ul>");
    }
    return html.toString();
  }
}
