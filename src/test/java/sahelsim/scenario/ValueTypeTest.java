package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each kind of value in the schema says when it does not fit, and what "or null" adds: a value that may be
 * none keeps the message of its kind where that message says more than what was expected (a date that does not
 * exist), and says "or null" where it would only repeat what was expected.
 */
class ValueTypeTest {

    private static final Origin AT = new Origin("x.yaml", 3, 7);

    private static ValueType<?> type(Key.Section section, String key) {
        return ((Key.Value) section.key(key)).type();
    }

    private static ValueType<?> event(String key) {
        return type(ScenarioSchema.TIMELINE.item(), key);
    }

    private static ConfigNode written(Object value) {
        return new ConfigNode.Scalar(AT, value, false);
    }

    private static ConfigNode quoted(String value) {
        return new ConfigNode.Scalar(AT, value, true);
    }

    private static ConfigNode list(Object... values) {
        return new ConfigNode.ListNode(AT, java.util.Arrays.stream(values).map(ValueTypeTest::written).toList());
    }

    private static String mismatch(ValueType<?> type, ConfigNode node) {
        return assertThrows(ValueType.Mismatch.class, () -> type.parse(node)).getMessage();
    }

    @Test
    void aValueThatMayBeNoneSaysSoInWhatItExpects() {
        assertEquals("a date YYYY-MM-DD or null (never)", type(ScenarioSchema.WAGNER, "exit").expected());
        assertEquals("an id or null", event("force").expected());
        assertEquals("a key path such as civilians.legitimacy, or null", event("key").expected());
        assertEquals("a number or null", event("value").expected());
    }

    @Test
    void nullIsNoneAndAnythingElseIsReadAsItsKind() throws ValueType.Mismatch {
        assertNull(type(ScenarioSchema.WAGNER, "exit").parse(written(null)));
        assertNull(event("force").parse(written(null)));
        assertEquals("2024-12-31", type(ScenarioSchema.WAGNER, "exit").parse(written("2024-12-31")));
        assertEquals("barkhane-gao", event("force").parse(written("barkhane-gao")));
        assertEquals("wagner.abuse", event("key").parse(written("wagner.abuse")));
        assertEquals(0.5, event("value").parse(written(0.5)));
        assertEquals(2.0, event("value").parse(written(2L)));
    }

    @Test
    void aValueThatMayBeNoneSaysOrNullWhereItsKindWouldOnlyRepeatWhatItExpects() {
        assertEquals("expected a date YYYY-MM-DD or null (never), got \"2022\"",
                mismatch(type(ScenarioSchema.WAGNER, "exit"), written("2022")));
        assertEquals("expected an id or null, got \"Barkhane Gao\"", mismatch(event("force"), written("Barkhane Gao")));
        assertEquals("expected an id or null, got 5", mismatch(event("force"), written(5L)));
        assertEquals("expected an id or null, got a list", mismatch(event("force"), list("a")));
        assertEquals("expected a key path such as civilians.legitimacy, or null, got \"civilians..legitimacy\"",
                mismatch(event("key"), written("civilians..legitimacy")));
        assertEquals("expected a number or null, got 2.0E12", mismatch(event("value"), written(2e12)));
        assertEquals("expected a number or null, got an empty section",
                mismatch(event("value"), new ConfigNode.MapNode(AT, Map.of(), Map.of())));
    }

    @Test
    void aDateThatDoesNotExistIsSaidSoEvenWhereTheDateMayBeNone() {
        assertEquals("expected a real date YYYY-MM-DD, got \"2023-02-30\"",
                mismatch(type(ScenarioSchema.WAGNER, "exit"), written("2023-02-30")));
        assertEquals("expected a real date YYYY-MM-DD, got \"2023-02-30\"",
                mismatch(type(ScenarioSchema.TIMELINE.item(), "date"), written("2023-02-30")));
    }

    @Test
    void aQuotedNumberWhereANumberOrNoneBelongsGetsTheHintToDropTheQuotes() {
        assertEquals("expected a number or null, got the text \"0.5\" (write numbers without quotes)",
                mismatch(event("value"), quoted("0.5")));
    }

    @Test
    void aListNamesTheItemThatDoesNotFit() throws ValueType.Mismatch {
        assertEquals(List.of("gao", "kidal"), type(ScenarioSchema.WAGNER, "bases").parse(list("gao", "kidal")));
        assertEquals("expected a list of ids, got the item \"Gao\"",
                mismatch(type(ScenarioSchema.WAGNER, "bases"), list("gao", "Gao")));
        assertEquals("expected a list of ids, got \"gao\"", mismatch(type(ScenarioSchema.WAGNER, "bases"), written("gao")));
        assertEquals("expected a list of at least 2 ids, got 1",
                mismatch(type(ScenarioSchema.RELATIONS.item(), "between"), list("fama")));
        assertEquals("expected a list of at least 1 id, got 0",
                mismatch(type(ScenarioSchema.SUPPLY, "origins"), list()));
        assertEquals(List.of("town:gao", "region:kidal", "menaka"),
                type(ScenarioSchema.FACTIONS.item(), "homeAreas").parse(list("town:gao", "region:kidal", "menaka")));
        assertEquals("expected a list of places (town:ID, region:ID, or an id that names only a town or only a "
                        + "region), got the item \"city:gao\"",
                mismatch(type(ScenarioSchema.FACTIONS.item(), "homeAreas"), list("city:gao")));
        assertEquals("expected a list of texts, got the item nothing (null)",
                mismatch(type(ScenarioSchema.LESSON, "questions"), list((Object) null)));
    }

    @Test
    void aListOfWordsSaysWhichWordItemResembles() throws ValueType.Mismatch {
        ValueType<?> rules = type(ScenarioSchema.RELATIONS.item(), "truceBreaksOn");
        assertEquals(List.of("baseTaken", "offensive"), rules.parse(list("baseTaken", "offensive")));
        assertEquals("expected a list of words from baseTaken, incursion, allyAttacked, offensive; the item "
                        + "\"baseTakn\": expected one of baseTaken, incursion, allyAttacked, offensive, got "
                        + "\"baseTakn\"; did you mean 'baseTaken'?",
                mismatch(rules, list("baseTakn")));
    }
}
