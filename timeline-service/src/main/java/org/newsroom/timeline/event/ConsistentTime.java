package org.newsroom.timeline.event;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.newsroom.foundation.validation.Messages;

/**
 * An event's time holds together, a rule across fields: start and end are values of their
 * precision, the time zone is an IANA zone (not an offset) and is given when a time of day is, and
 * the end is not before the start. Each violation names its field ({@code start}, {@code end},
 * {@code timeZone}).
 */
@Documented
@Constraint(validatedBy = ConsistentTime.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentTime {

  String message() default "the event's time does not hold together";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Parses start and end as {@link DatePoint}s and compares them. */
  class Check implements ConstraintValidator<ConsistentTime, EventRequest> {

    @Override
    public boolean isValid(EventRequest request, ConstraintValidatorContext context) {
      if (request == null) {
        return true;
      }
      boolean valid = true;
      DatePoint start = point(request.start(), "start", context);
      DatePoint end = point(request.end(), "end", context);
      valid &= request.start() == null || start != null;
      valid &= request.end() == null || end != null;
      if (request.timeZone() != null && zone(request.timeZone()) == null) {
        Messages.report(context, "timeZone", zoneProblem(request.timeZone()));
        valid = false;
      }
      boolean timed =
          (start != null && start.precision == Precision.MINUTE)
              || (end != null && end.precision == Precision.MINUTE);
      if (timed && request.timeZone() == null) {
        Messages.report(context, "timeZone", "is required when start or end has a time of day");
        valid = false;
      }
      if (start != null && end != null && backwards(start, end)) {
        Messages.report(context, "end", "is before start " + start.value());
        valid = false;
      }
      return valid;
    }

    private static DatePoint point(EventTime time, String field, ConstraintValidatorContext c) {
      if (time == null || time.value() == null) {
        return null; // @NotNull and @NotBlank on the parts say so
      }
      try {
        return DatePoint.parse(time.value(), time.precision(), time.earliest(), time.latest());
      } catch (IllegalArgumentException e) {
        Messages.report(c, field, e.getMessage());
        return null;
      }
    }

    private static boolean backwards(DatePoint start, DatePoint end) {
      boolean bothTimed = start.precision == Precision.MINUTE && end.precision == Precision.MINUTE;
      return bothTimed
          ? start.date.atTime(start.time).isAfter(end.date.atTime(end.time))
          : end.periodEnd().isBefore(start.periodStart());
    }

    /** The IANA zone id, or null when the name is not one (an offset is not). */
    public static String zone(String timeZone) {
      try {
        ZoneId zone = ZoneId.of(timeZone);
        if (zone instanceof ZoneOffset || !ZoneId.getAvailableZoneIds().contains(zone.getId())) {
          return null;
        }
        return zone.getId();
      } catch (DateTimeException e) {
        return null;
      }
    }

    private static String zoneProblem(String timeZone) {
      try {
        ZoneId.of(timeZone);
        return "must be an IANA zone such as Europe/London, not an offset";
      } catch (DateTimeException e) {
        return "'" + timeZone + "' is not an IANA zone";
      }
    }
  }
}
