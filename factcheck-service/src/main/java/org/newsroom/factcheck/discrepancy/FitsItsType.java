package org.newsroom.factcheck.discrepancy;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.newsroom.foundation.validation.Messages;

/**
 * A {@link NormalizedValue}'s value is of its type: an ISO 8601 duration, a calendar date (YYYY,
 * YYYY-MM or YYYY-MM-DD that exists) or a plain non-negative decimal. A rule across two fields, so
 * it sits on the record; the violation names {@code value}.
 */
@Documented
@Constraint(validatedBy = FitsItsType.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FitsItsType {

  String message() default "does not fit its type";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reads the value as its type says, with {@link NormalizedValue#problem()}. */
  class Check implements ConstraintValidator<FitsItsType, NormalizedValue> {

    @Override
    public boolean isValid(NormalizedValue value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      return value
          .problem()
          .map(
              problem -> {
                Messages.report(context, "value", problem);
                return false;
              })
          .orElse(true);
    }
  }
}
