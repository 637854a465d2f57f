package sahelsim.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sahelsim.scenario.ScenarioFiles.HEADER;
import static sahelsim.scenario.ScenarioFiles.load;
import static sahelsim.scenario.ScenarioFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.scenario.Scenario;

/** The canonical text of a scenario and its SHA-256: same meaning, same hash; another meaning, another hash. */
class ScenarioTextTest {

    private static final String PLAIN = """
            name: text-test
            description: >
              A scenario whose canonical
              text is compared.
            calendar:
              start: 2022-01-01
              end: 2023-12-31
            factions:
              - id: fama
                name: FAMa
                kind: state
                side: government
                colour: "#0072b2"
                strength: 3000
              - id: jnim
                name: JNIM
                kind: jihadist
                side: insurgent
                colour: "#D55E00"
            wagner:
              faction: fama
              arrival: 2022-06-01
              strength: 1000
            """;

    /** PLAIN written another way: keys in another order, defaults spelt out, flow style, quotes and comments. */
    private static final String REWRITTEN = """
            # The same scenario as PLAIN.
            wagner: {strength: 1000, arrival: 2022-06-01, faction: fama, abuse: 0.0, exit: null, bases: []}
            map: {resolution: 0.1}
            factions:
              - {colour: "#0072B2", strength: 3000, side: government, kind: state, name: "FAMa", id: fama,
                 homeAreas: [], behaviour: {aggression: 0.5, aims: {expand: 0}}}
              - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#d55e00", strength: 0}
            calendar: {end: 2023-12-31, start: "2022-01-01"}
            description: "A scenario whose canonical text is compared."
            name: 'text-test'
            combat: {attrition: 0.05, maxBattleDays: 7.0}
            timeline: []
            """;

    @TempDir
    Path dir;

    private String hash(String name, String text, String... settings) {
        return ScenarioText.hash(load(write(dir, name, text), settings));
    }

    @Test
    void theSameScenarioWrittenAnotherWayHasTheSameTextAndHash() {
        Scenario plain = load(write(dir, "plain.yaml", PLAIN));
        Scenario rewritten = load(write(dir, "rewritten.yaml", REWRITTEN));
        assertEquals(ScenarioText.canonical(plain), ScenarioText.canonical(rewritten));
        assertEquals(ScenarioText.hash(plain), ScenarioText.hash(rewritten));
    }

    @Test
    void anyChangedValueChangesTheHash() {
        String base = hash("plain.yaml", PLAIN);
        assertNotEquals(base, hash("strength.yaml", PLAIN.replace("strength: 1000", "strength: 1001")));
        assertNotEquals(base, hash("words.yaml", PLAIN.replace("is compared", "is checked")));
        assertNotEquals(base, hash("default.yaml", PLAIN + "combat: {attrition: 0.06}\n"));
        assertNotEquals(base, hash("set.yaml", PLAIN, "wagner.abuse=0.01"));
    }

    @Test
    void theOrderOfFactionsIsPartOfTheMeaning() {
        String fama = "  - {id: fama, name: FAMa, kind: state, side: government, colour: \"#0072B2\"}\n";
        String jnim = "  - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: \"#D55E00\"}\n";
        assertNotEquals(hash("one.yaml", HEADER + "factions:\n" + fama + jnim),
                hash("other.yaml", HEADER + "factions:\n" + jnim + fama));
    }

    @Test
    void extendsAndSetGiveTheSameHashAsTheValueWrittenInTheFile() {
        write(dir, "plain.yaml", PLAIN);
        String written = hash("written.yaml", PLAIN.replace("strength: 1000", "strength: 2000"));
        assertEquals(written, hash("child.yaml", "extends: plain.yaml\nwagner: {strength: 2000}\n"));
        assertEquals(written, hash("again.yaml", PLAIN, "wagner.strength=2000"));
    }

    @Test
    void theCanonicalTextIsAScenarioFileWithTheSameHash() {
        Scenario plain = load(write(dir, "plain.yaml", PLAIN));
        String canonical = ScenarioText.canonical(plain);
        assertTrue(canonical.startsWith("name: text-test\ndescription: A scenario whose canonical text is compared."
                + "\ncalendar:\n  start: 2022-01-01\n  end: 2023-12-31\n  spinUpDays: 0\nmap:\n  resolution: 0.1\n"), canonical);
        assertEquals(ScenarioText.hash(plain), hash("canonical.yaml", canonical));
    }

    @Test
    void theHashIsTheSha256OfTheText() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ScenarioText.sha256("abc"));
        Scenario plain = load(write(dir, "plain.yaml", PLAIN));
        assertEquals(ScenarioText.sha256(ScenarioText.canonical(plain)), ScenarioText.hash(plain));
    }
}
