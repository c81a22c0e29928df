package org.newsroom.foundation.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ProblemMapper#pathOf} on exceptions thrown by a real, plain Jackson mapper. */
class ProblemMapperPathTest {

  record Item(int count) {}

  record Basket(List<Item> items) {}

  record Quote(String exact, Integer start) {}

  record Citation(long sourceId, Quote quote) {}

  record Event(String title, List<Citation> citations) {}

  record Tagged(Map<String, Integer> tags) {}

  record Grid(List<List<Integer>> rows) {}

  enum Colour {
    RED,
    GREEN
  }

  record Paint(Colour colour) {}

  private final ObjectMapper mapper = new ObjectMapper();

  private <T extends JsonMappingException> String pathOf(
      Class<T> expected, String json, Class<?> type) {
    T e = assertThrows(expected, () -> mapper.readValue(json, type));
    return ProblemMapper.pathOf(e);
  }

  @Test
  void shouldNameATopLevelField() {
    assertEquals("count", pathOf(InvalidFormatException.class, "{\"count\":\"many\"}", Item.class));
  }

  @Test
  void shouldIndexAnElementOfAList() {
    assertEquals(
        "items[1].count",
        pathOf(
            InvalidFormatException.class,
            "{\"items\":[{\"count\":1},{\"count\":\"many\"}]}",
            Basket.class));
  }

  @Test
  void shouldFollowNestedObjectsInsideAList() {
    assertEquals(
        "citations[2].quote.start",
        pathOf(
            InvalidFormatException.class,
            "{\"title\":\"t\",\"citations\":["
                + "{\"sourceId\":1,\"quote\":{\"exact\":\"a\",\"start\":0}},"
                + "{\"sourceId\":2,\"quote\":{\"exact\":\"b\",\"start\":1}},"
                + "{\"sourceId\":3,\"quote\":{\"exact\":\"c\",\"start\":\"soon\"}}]}",
            Event.class));
  }

  @Test
  void shouldNameAWholeListGivenTheWrongShape() {
    assertEquals(
        "items", pathOf(MismatchedInputException.class, "{\"items\":\"none\"}", Basket.class));
  }

  @Test
  void shouldNameAnObjectGivenTheWrongShape() {
    assertEquals(
        "citations[0].quote",
        pathOf(
            MismatchedInputException.class,
            "{\"citations\":[{\"sourceId\":1,\"quote\":[]}]}",
            Event.class));
  }

  @Test
  void shouldNameAnUnknownFieldWhereItSits() {
    UnrecognizedPropertyException e =
        assertThrows(
            UnrecognizedPropertyException.class,
            () -> mapper.readValue("{\"items\":[{\"count\":1,\"colour\":\"red\"}]}", Basket.class));
    assertEquals("items[0].colour", ProblemMapper.pathOf(e));
  }

  @Test
  void shouldIndexAListOfLists() {
    assertEquals(
        "rows[1][0]",
        pathOf(InvalidFormatException.class, "{\"rows\":[[1,2],[\"x\",4]]}", Grid.class));
  }

  @Test
  void shouldNameAMapEntryByItsKey() {
    assertEquals(
        "tags.red",
        pathOf(InvalidFormatException.class, "{\"tags\":{\"red\":\"lots\"}}", Tagged.class));
  }

  @Test
  void shouldNameAFieldHoldingAnUnknownEnumValue() {
    assertEquals(
        "colour", pathOf(InvalidFormatException.class, "{\"colour\":\"PURPLE\"}", Paint.class));
  }

  @Test
  void shouldStartWithAnIndexWhenTheBodyIsAList() {
    InvalidFormatException e =
        assertThrows(
            InvalidFormatException.class,
            () ->
                mapper.readValue(
                    "[{\"count\":1},{\"count\":2},{\"count\":\"x\"}]",
                    new TypeReference<List<Item>>() {}));
    assertEquals("[2].count", ProblemMapper.pathOf(e));
  }

  @Test
  void shouldBeEmptyWhenTheWholeBodyHasTheWrongShape() {
    assertEquals("", pathOf(MismatchedInputException.class, "[]", Item.class));
  }
}
