package org.newsroom.factcheck.correction;

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
 * A correction says what the text should read, unless it retracts, and that differs from what was
 * published: a rule across type, originalText and correctedText; the violation names {@code
 * correctedText}.
 */
@Documented
@Constraint(validatedBy = CorrectsTheText.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CorrectsTheText {

  String message() default "does not correct the text";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compares the corrected text with the type and the original. */
  class Check implements ConstraintValidator<CorrectsTheText, CorrectionRequest> {

    @Override
    public boolean isValid(CorrectionRequest request, ConstraintValidatorContext context) {
      if (request == null) {
        return true;
      }
      String problem = null;
      if (request.type() != CorrectionType.RETRACTION
          && (request.correctedText() == null || request.correctedText().isBlank())) {
        problem = "is required unless type is RETRACTION";
      } else if (request.originalText() != null
          && request.originalText().equals(request.correctedText())) {
        problem = "is the same as originalText";
      }
      if (problem == null) {
        return true;
      }
      Messages.report(context, "correctedText", problem);
      return false;
    }
  }
}
