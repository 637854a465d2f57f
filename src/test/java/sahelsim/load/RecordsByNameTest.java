package sahelsim.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.scenario.ConfigNode;

/**
 * Records read from a checked tree by name: a key and its record component are tied by their name, and any
 * difference between the two (a key left without a component, a component without its key, a number where a
 * whole number belongs) fails loudly instead of leaving a value at zero.
 */
class RecordsByNameTest {

    record Flight(double threshold, double rate, int days, LocalDate from, LocalDate until, List<String> towns) {
    }

    record Camp(String id, int capacity) {
    }

    record Camps(boolean open, Flight flight, List<Camp> camps) {
    }

    record Rate(int rate) {
    }

    record Name(String name) {
    }

    private static <R extends Record> R read(String yaml, Class<R> type) {
        return new RecordsByName().read(YamlTree.parseDocument("x.yaml", yaml), "civilians.flight", type);
    }

    private static String failure(String yaml, Class<? extends Record> type) {
        return assertThrows(IllegalStateException.class, () -> read(yaml, type)).getMessage();
    }

    @Test
    void eachComponentIsReadFromTheKeyOfItsNameInAnyOrder() {
        Flight f = read("""
                towns: [gao, kidal]
                until: null
                from: 2022-03-01
                days: 30
                rate: 0.02
                threshold: 1
                """, Flight.class);
        assertEquals(new Flight(1.0, 0.02, 30, LocalDate.of(2022, 3, 1), null, List.of("gao", "kidal")), f);
    }

    @Test
    void subSectionsAndListsOfItemsAreRecordsOfTheirNames() {
        Camps c = read("""
                open: true
                flight: {threshold: 0.4, rate: 0.02, days: 30, from: 2022-03-01, until: 2023-03-01, towns: []}
                camps:
                  - {id: mbera, capacity: 90000}
                  - {id: goudoubo, capacity: 10000}
                """, Camps.class);
        assertTrue(c.open());
        assertEquals(0.4, c.flight().threshold());
        assertEquals(List.of(new Camp("mbera", 90000), new Camp("goudoubo", 10000)), c.camps());
    }

    @Test
    void aKeyWithoutItsComponentFailsNamingTheKeyTheSectionAndTheRecord() {
        String message = failure("id: mbera\ncapacity: 90000\nborder: mauritania\n", Camp.class);
        assertTrue(message.startsWith("the keys of civilians.flight and the components of "
                + Camp.class.getName() + " differ"), message);
        assertTrue(message.contains("\"border\""), message);
    }

    @Test
    void aComponentWithoutItsKeyFailsNamingTheComponent() {
        String message = failure("id: mbera\n", Camp.class);
        assertTrue(message.contains("'capacity'"), message);
    }

    @Test
    void aNumberWithAFractionIsNoWholeNumber() {
        assertTrue(failure("rate: 0.5\n", Rate.class).contains("rate"));
        assertTrue(failure("rate: 7.0\n", Rate.class).contains("rate"));
        assertEquals(7, read("rate: 7\n", Rate.class).rate());
    }

    @Test
    void textNumbersAndTruthValuesAreNotTakenForOneAnother() {
        failure("rate: \"7\"\n", Rate.class);
        failure("rate: true\n", Rate.class);
        failure("name: 7\n", Name.class);
        failure("name: 0.5\n", Name.class);
        failure("name: false\n", Name.class);
        assertEquals("seven", read("name: seven\n", Name.class).name());
    }

    @Test
    void nullGoesOnlyToAnObject() {
        failure("rate: null\n", Rate.class);
        assertNull(read("name: null\n", Name.class).name());
    }
}
