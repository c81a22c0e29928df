package org.newsroom.timeline.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.timeline.event.DatePoint;
import org.newsroom.timeline.event.EventStatus;
import org.newsroom.timeline.event.EventTime;
import org.newsroom.timeline.event.Precision;
import org.newsroom.timeline.timeline.TimelineEntry;
import org.newsroom.timeline.timeline.TimelineEntry.SourcedQuote;

/**
 * Events as an RFC 5545 iCalendar a desk can subscribe to. One VEVENT per event: UID {@code
 * event-<id>@timeline.newsroom} (the same wherever the service runs), DTSTAMP and LAST-MODIFIED the
 * event's last change, SEQUENCE its version. Days, weeks, months and years are all-day (VALUE=DATE)
 * spans of the whole period; timed events are converted to UTC, so no VTIMEZONE is needed, and the
 * local time and zone are in the description. STATUS: PLANNED → CONFIRMED, EXPECTED → TENTATIVE,
 * CANCELLED → CANCELLED. Events never block time (TRANSP:TRANSPARENT).
 */
public final class EventCalendar {

  /** The statuses a calendar holds: what is to come, and what was called off. */
  public static final Set<EventStatus> STATUSES =
      Set.of(EventStatus.PLANNED, EventStatus.EXPECTED, EventStatus.CANCELLED);

  public static final String MEDIA_TYPE = "text/calendar";
  static final String PRODID = "-//Newsroom//timeline-service//EN";
  static final String UID_DOMAIN = "timeline.newsroom";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private EventCalendar() {}

  /** An event and when it last changed, which the timeline entry does not carry. */
  public record Item(
      TimelineEntry entry, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {}

  /** The whole calendar, CRLF line ends, folded and escaped. */
  public static String calendar(String name, List<Item> items, ApiLinks links) {
    ContentLines lines =
        new ContentLines()
            .raw("BEGIN", "VCALENDAR")
            .raw("VERSION", "2.0")
            .raw("PRODID", PRODID)
            .raw("CALSCALE", "GREGORIAN")
            .text("X-WR-CALNAME", name);
    for (Item item : items) {
      event(lines, item, links);
    }
    return lines.raw("END", "VCALENDAR").toString();
  }

  private static void event(ContentLines lines, Item item, ApiLinks links) {
    TimelineEntry e = item.entry();
    DatePoint start = point(e.start());
    DatePoint end = point(e.end());
    lines
        .raw("BEGIN", "VEVENT")
        .raw("UID", uid(e.eventId()))
        .raw("DTSTAMP", UTC.format(item.updatedAt()))
        .raw("CREATED", UTC.format(item.createdAt()))
        .raw("LAST-MODIFIED", UTC.format(item.updatedAt()))
        .raw("SEQUENCE", Long.toString(item.version()));
    if (start.precision == Precision.MINUTE) {
      ZoneId zone = ZoneId.of(e.timeZone());
      lines.raw("DTSTART", UTC.format(start.instant(zone)));
      if (end != null && end.precision == Precision.MINUTE) {
        lines.raw("DTEND", UTC.format(end.instant(zone)));
      }
    } else {
      LocalDate last = (end == null ? start : end).periodEnd();
      lines
          .raw("DTSTART;VALUE=DATE", DATE.format(start.periodStart()))
          .raw("DTEND;VALUE=DATE", DATE.format(last.plusDays(1)));
    }
    lines
        .text("SUMMARY", e.title())
        .text("DESCRIPTION", description(e, links))
        .text("LOCATION", e.place());
    if (!e.tags().isEmpty()) {
      lines.raw(
          "CATEGORIES",
          e.tags().stream().map(ContentLines::escape).collect(Collectors.joining(",")));
    }
    lines
        .raw("STATUS", status(e.status()))
        .raw("TRANSP", "TRANSPARENT")
        .raw("URL", links.event(e.eventId()))
        .raw("END", "VEVENT");
  }

  /** The stable UID of an event's VEVENT. */
  public static String uid(long eventId) {
    return "event-" + eventId + "@" + UID_DOMAIN;
  }

  static String status(EventStatus status) {
    switch (status) {
      case PLANNED:
        return "CONFIRMED";
      case CANCELLED:
        return "CANCELLED";
      default:
        return "TENTATIVE";
    }
  }

  /** Summary, when as a reader would say it (with the local time), people, and the citations. */
  static String description(TimelineEntry e, ApiLinks links) {
    List<String> parts = new ArrayList<>();
    if (e.summary() != null && !e.summary().isBlank()) {
      parts.add(e.summary());
    }
    parts.add("When: " + e.when());
    if (!e.participants().isEmpty()) {
      parts.add("Who: " + String.join(", ", e.participants()));
    }
    if (!e.citations().isEmpty()) {
      parts.add("Sources:");
      for (SourcedQuote q : e.citations()) {
        String title =
            q.sourceTitle() == null || q.sourceTitle().isBlank()
                ? ""
                : ", \"" + q.sourceTitle() + "\"";
        parts.add(
            "- "
                + q.outlet()
                + title
                + ": \u201c"
                + q.quote().exact()
                + "\u201d "
                + links.citation(q));
      }
    }
    return String.join("\n", parts);
  }

  private static DatePoint point(EventTime time) {
    return time == null
        ? null
        : DatePoint.parse(time.value(), time.precision(), time.earliest(), time.latest());
  }
}
