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
import java.util.IllformedLocaleException;
import java.util.Locale;

/** A BCP 47 language tag with a language, such as {@code en} or {@code en-GB}; null passes. */
@Documented
@Constraint(validatedBy = LanguageTag.Check.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

  /**
   * The shape every tag this accepts has, for the OpenAPI schema ({@code @Schema(pattern = …)}): a
   * language of 2 to 8 letters, then subtags; the check itself is stricter.
   */
  String SHAPE = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

  String message() default "is not a BCP 47 language tag such as en or en-GB";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Parses the tag with {@link Locale.Builder}. */
  class Check implements ConstraintValidator<LanguageTag, String> {

    @Override
    public boolean isValid(String language, ConstraintValidatorContext context) {
      if (language == null) {
        return true;
      }
      try {
        return !new Locale.Builder().setLanguageTag(language).build().getLanguage().isEmpty();
      } catch (IllformedLocaleException e) {
        return false;
      }
    }
  }
}
