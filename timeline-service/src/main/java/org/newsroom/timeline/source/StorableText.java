package org.newsroom.timeline.source;

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
 * Text PostgreSQL can hold exactly: no NUL character, no unpaired surrogate ({@link
 * SourceText#unstorable}); the message says where.
 */
@Documented
@Constraint(validatedBy = StorableText.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface StorableText {

  String message() default "cannot be stored exactly";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Asks {@link SourceText#unstorable}. */
  class Check implements ConstraintValidator<StorableText, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null) {
        return true;
      }
      return SourceText.unstorable(text)
          .map(
              reason -> {
                Messages.report(context, null, reason);
                return false;
              })
          .orElse(true);
    }
  }
}
