package org.newsroom.foundation.webhook;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A URL deliveries can be POSTed to: absolute http or https with a host, no user or password in it
 * (credentials belong in the receiver's check of the signature), no fragment. Null is left to
 * {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CallbackUrl.Check.class)
public @interface CallbackUrl {

  String message() default "must be an absolute http or https URL without credentials or fragment";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule itself. */
  class Check implements ConstraintValidator<CallbackUrl, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || valid(value);
    }

    static boolean valid(String value) {
      if (value.isBlank() || !value.equals(value.strip())) {
        return false;
      }
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
            && uri.getHost() != null
            && uri.getRawUserInfo() == null
            && uri.getRawFragment() == null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
