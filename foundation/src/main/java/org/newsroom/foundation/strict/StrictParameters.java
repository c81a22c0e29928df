package org.newsroom.foundation.strict;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.newsroom.foundation.problem.ProblemException;

/**
 * Query parameters are read strictly: an integer that does not parse or overflows, or text that
 * holds NUL or an unpaired surrogate, is a 400 naming the parameter, never the 404 JAX-RS answers
 * by default and never a value that reaches SQL.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = queryName(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == String.class) {
      return (ParamConverter<T>) new Strict<>(name, "", value -> value);
    }
    if (rawType == Integer.class || rawType == int.class) {
      return (ParamConverter<T>) new Strict<>(name, "must be an integer", Integer::valueOf);
    }
    if (rawType == Long.class || rawType == long.class) {
      return (ParamConverter<T>) new Strict<>(name, "must be an integer", Long::valueOf);
    }
    return null;
  }

  private static String queryName(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam query) {
        return query.value();
      }
    }
    return null;
  }

  /** Parses one parameter's value, refusing what does not parse with a problem naming it. */
  private record Strict<T>(String name, String expected, Function<String, T> parse)
      implements ParamConverter<T> {

    @Override
    public T fromString(String value) {
      if (value == null) {
        return null;
      }
      PostgresText.fault(value)
          .ifPresent(
              fault -> {
                throw ProblemException.invalidParameter(name, fault);
              });
      try {
        return parse.apply(value);
      } catch (NumberFormatException e) {
        throw ProblemException.invalidParameter(name, expected + " (was '" + value + "')");
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }
}
