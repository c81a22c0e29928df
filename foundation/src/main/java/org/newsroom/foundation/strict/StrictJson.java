package org.newsroom.foundation.strict;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;

/**
 * JSON is read strictly, once for both services: no unknown fields, no text after the value, no
 * number for an enum, a string or a date; no string, fraction or boolean for an integer; dates only
 * from ISO strings of their own kind; and no string holding NUL or an unpaired surrogate, which
 * PostgreSQL could not store as sent.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  @SuppressWarnings("deprecation") // MapperFeature on a built mapper is how Quarkus customises
  public void customize(ObjectMapper mapper) {
    mapper.enable(
        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    mapper.setDefaultLeniency(false);
    for (LogicalType type :
        new LogicalType[] {
          LogicalType.Textual,
          LogicalType.Integer,
          LogicalType.Float,
          LogicalType.Boolean,
          LogicalType.Enum,
          LogicalType.DateTime
        }) {
      for (CoercionInputShape shape :
          new CoercionInputShape[] {
            CoercionInputShape.Integer,
            CoercionInputShape.Float,
            CoercionInputShape.Boolean,
            CoercionInputShape.String,
            CoercionInputShape.EmptyString
          }) {
        if (!native_(type, shape)) {
          mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
      }
    }
    mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, TEXT));
  }

  /** The shapes a type is written in: text and dates and enums as strings, numbers as numbers. */
  private static boolean native_(LogicalType type, CoercionInputShape shape) {
    return switch (type) {
      case Textual, Enum, DateTime -> shape == CoercionInputShape.String;
      case Integer -> shape == CoercionInputShape.Integer;
      case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
      case Boolean -> false;
      default -> true;
    };
  }

  /** A string that cannot be stored exactly as sent; its message says why and where. */
  public static final class UnstorableText extends MismatchedInputException {
    UnstorableText(JsonParser p, String fault) {
      super(p, fault, String.class);
    }
  }

  /** Text only from JSON strings, and only text PostgreSQL can keep exactly. */
  private static final StdScalarDeserializer<String> TEXT =
      new StdScalarDeserializer<>(String.class) {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
          }
          String text = p.getText();
          Optional<String> fault = PostgresText.fault(text);
          if (fault.isPresent()) {
            throw new UnstorableText(p, fault.get());
          }
          return text;
        }

        @Override
        public LogicalType logicalType() {
          return LogicalType.Textual;
        }
      };
}
