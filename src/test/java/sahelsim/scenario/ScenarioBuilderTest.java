package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static sahelsim.scenario.ScenarioFiles.FACTIONS;
import static sahelsim.scenario.ScenarioFiles.HEADER;
import static sahelsim.scenario.ScenarioFiles.build;
import static sahelsim.scenario.ScenarioFiles.problems;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks across keys: dates against the calendar, references to towns, regions, factions and contingents. */
class ScenarioBuilderTest {

    @Test
    void anEndBeforeTheStartIsRefusedAtTheEnd() {
        assertEquals(List.of("x.yaml:5:8: calendar.end: expected a date after calendar.start (2022-01-01), got "
                        + "2021-12-31"),
                problems(() -> build(HEADER.replace("2023-12-31", "2021-12-31"))));
    }

    @Test
    void anEndOnTheStartDayIsRefusedToo() {
        assertEquals(List.of("x.yaml:5:8: calendar.end: expected a date after calendar.start (2022-01-01), got "
                        + "2022-01-01"),
                problems(() -> build(HEADER.replace("2023-12-31", "2022-01-01"))));
    }

    @Test
    void anImpossibleDateIsRefused() {
        assertEquals(List.of("x.yaml:5:8: calendar.end: expected a real date YYYY-MM-DD, got \"2023-02-30\""),
                problems(() -> build(HEADER.replace("2023-12-31", "2023-02-30"))));
    }

    @Test
    void aWithdrawalOutsideTheCalendarSaysSoAndOffersNull() {
        assertEquals(List.of("x.yaml:15:17: foreignForces.barkhane-gao.withdrawal: expected a date within the "
                        + "calendar (2022-01-01 to 2023-12-31), got 2024-08-15; use null for never"),
                problems(() -> build(HEADER + FACTIONS + """
                        foreignForces:
                          - id: barkhane-gao
                            faction: barkhane
                            base: gao
                            troops: 1000
                            withdrawal: 2024-08-15
                        """)));
    }

    @Test
    void aWithdrawalBeforeTheArrivalIsRefused() {
        assertEquals(List.of("x.yaml:16:17: foreignForces.barkhane-gao.withdrawal: expected a date after its "
                        + "arrival (2022-06-01), got 2022-03-01"),
                problems(() -> build(HEADER + FACTIONS + """
                        foreignForces:
                          - id: barkhane-gao
                            faction: barkhane
                            base: gao
                            troops: 1000
                            arrival: 2022-06-01
                            withdrawal: 2022-03-01
                        """)));
    }

    @Test
    void anUnknownTownSuggestsTheNearestTownId() {
        assertEquals(List.of("x.yaml:13:11: garrisons.fama-gao.town: expected a town id, got 'gaoo'; did you mean "
                        + "'gao'?"),
                problems(() -> build(HEADER + FACTIONS + """
                        garrisons:
                          - id: fama-gao
                            faction: fama
                            town: gaoo
                            troops: 500
                        """)));
    }

    @Test
    void anUnknownFactionSuggestsTheNearestDeclaredFaction() {
        assertEquals(List.of("x.yaml:12:14: garrisons.jnim-gao.faction: expected a faction id, got 'jnmi'; did you "
                        + "mean 'jnim'?"),
                problems(() -> build(HEADER + FACTIONS + """
                        garrisons:
                          - id: jnim-gao
                            faction: jnmi
                            town: gao
                            troops: 500
                        """)));
    }

    @Test
    void aForeignFactionBelongsUnderForeignForcesNotGarrisons() {
        assertEquals(List.of("x.yaml:12:14: garrisons.barkhane-gao.faction: foreign contingents belong under "
                        + "foreignForces, with their dates; got 'barkhane'"),
                problems(() -> build(HEADER + FACTIONS + """
                        garrisons:
                          - id: barkhane-gao
                            faction: barkhane
                            town: gao
                            troops: 500
                        """)));
    }

    @Test
    void unknownRegionsHomeAreasAndTimelineReferencesAreReportedTogether() {
        assertEquals(List.of(
                        "x.yaml:10:17: factions.jnim.homeAreas: expected town or region ids, got 'mopt'; did you "
                                + "mean 'mopti'?",
                        "x.yaml:15:39: coalitions.rebels.trigger.whenForeignForcesLeave: expected a region id, got "
                                + "'kidl'; did you mean 'kidal'?",
                        "x.yaml:17:60: timeline.leave.force: expected a foreignForces id, got 'barkhane-go'",
                        "x.yaml:18:22: timeline.late.date: expected a date within the calendar (2022-01-01 to "
                                + "2023-12-31), got 2030-01-01"),
                problems(() -> build(HEADER + """
                        factions:
                          - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2"}
                          - {id: csp, name: CSP, kind: rebel, side: insurgent, colour: "#F0E442"}
                          - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#D55E00",
                             homeAreas: [mopt]}
                        coalitions:
                          - id: rebels
                            members: [csp, jnim]
                            level: tactical
                            trigger: {whenForeignForcesLeave: kidl}
                        timeline:
                          - {id: leave, date: 2022-06-01, action: withdraw, force: barkhane-go}
                          - {id: late, date: 2030-01-01, action: wagnerArrives}
                        """)));
    }

    @Test
    void aBareIdThatNamesBothATownAndARegionIsRefusedWithTheTwoWaysToWriteIt() {
        assertEquals(List.of(
                        "x.yaml:10:17: factions.jnim.homeAreas: expected a town or a region, got 'gao', which names "
                                + "both; write town:gao or region:gao",
                        "x.yaml:10:17: factions.jnim.homeAreas: expected a town or a region, got 'menaka', which "
                                + "names both; write town:menaka or region:menaka"),
                problems(() -> build(HEADER + """
                        factions:
                          - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2"}
                          - {id: csp, name: CSP, kind: rebel, side: insurgent, colour: "#F0E442"}
                          - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#D55E00",
                             homeAreas: [sevare, gao, tombouctou, town:mopti, region:kidal, menaka]}
                        """)));
    }

    @Test
    void aPrefixedPlaceMustBeATownOrARegionOfThatKind() {
        assertEquals(List.of(
                        "x.yaml:8:16: factions.fama.homeAreas: expected a town id after town:, got 'tombouctou'",
                        "x.yaml:8:16: factions.fama.homeAreas: expected a region id after region:, got 'sevare'",
                        "x.yaml:8:16: factions.fama.homeAreas: expected a region id after region:, got 'mopt'; did "
                                + "you mean 'mopti'?"),
                problems(() -> build(HEADER + """
                        factions:
                          - id: fama
                            homeAreas: [town:tombouctou, region:sevare, region:mopt, town:gao]
                            name: FAMa
                            kind: state
                            side: government
                            colour: "#0072B2"
                        """)));
    }

    @Test
    void aPlaceIsATownOrARegionByItsPrefixOrByTheOnlyThingItsIdNames() {
        Scenario s = build(HEADER + """
                factions:
                  - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#D55E00",
                     homeAreas: [sevare, tombouctou, town:gao, region:gao, region:segou]}
                """);
        assertEquals("[town:sevare, region:tombouctou, town:gao, region:gao, region:segou]",
                s.factions().get(0).homeAreas().toString());
    }

    @Test
    void aValidScenarioIsBuiltWithTypedValuesAndDefaults() {
        Scenario scenario = build(HEADER + FACTIONS + """
                foreignForces:
                  - {id: barkhane-gao, faction: barkhane, base: gao, troops: 1000, withdrawal: 2022-08-15}
                timeline:
                  - {id: reinforce-gao, date: 2022-09-01, action: reinforce, faction: fama, troops: 300, town: gao}
                """);
        assertEquals(LocalDate.of(2022, 1, 1), scenario.start());
        assertEquals(730, scenario.days());
        assertEquals(List.of("fama", "barkhane", "jnim"), scenario.factions().stream().map(FactionSpec::id).toList());
        ForeignForceSpec barkhane = scenario.foreignForces().get(0);
        assertEquals(LocalDate.of(2022, 8, 15), barkhane.withdrawal());
        assertNull(barkhane.arrival());
        assertNull(barkhane.handover());
        assertEquals(TimelineAction.REINFORCE, scenario.timeline().get(0).action());
        assertEquals(300, scenario.timeline().get(0).troops());
        assertEquals(0.05, scenario.combat().attrition());
        assertEquals(0, scenario.wagner().strength());
    }

    @Test
    void anObjectiveNeedsAFactionAndAKnownTownAndAStakeFromZeroToOne() {
        assertEquals(List.of(
                        "x.yaml:11:5: timeline.no-town.town: objective needs a town",
                        "x.yaml:12:73: timeline.far.town: expected a town id, got 'kidl'; did you mean 'kidal'?",
                        "x.yaml:13:90: timeline.all-in.value: expected a stake between 0 and 1, got 2.0"),
                problems(() -> build(HEADER + FACTIONS + """
                        timeline:
                          - {id: no-town, date: 2022-06-01, action: objective, faction: fama}
                          - {id: far, date: 2022-06-01, action: objective, faction: fama, town: kidl}
                          - {id: all-in, date: 2022-06-01, action: objective, faction: fama, town: kidal, value: 2}
                        """)));
    }

    @Test
    void foreignAndContractorFactionsGetNoRecruitsFromOutsideTheMap() {
        assertEquals(List.of(
                        "x.yaml:10:38: factions.barkhane.behaviour.baseRecruitsPerDay: a foreign faction's strength "
                                + "changes only through the scenario (its contingents, reinforce events, withdrawals); "
                                + "expected 0 or no key, got 2.0",
                        "x.yaml:16:37: factions.wagner.behaviour.baseRecruitsPerDay: a contractor faction's strength "
                                + "changes only through the scenario (wagner.strength, reinforce events, its exit); "
                                + "expected 0 or no key, got 1.0"),
                problems(() -> build(HEADER + """
                        factions:
                          - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2",
                             behaviour: {baseRecruitsPerDay: 2}}
                          - {id: barkhane, name: Barkhane, kind: foreign, side: government, colour: "#56B4E9",
                             behaviour: {baseRecruitsPerDay: 2}}
                          - id: wagner
                            name: Wagner
                            kind: contractor
                            side: government
                            colour: "#000000"
                            behaviour: {baseRecruitsPerDay: 1.0}
                        """)));
    }

    @Test
    void evenIfAbsentIsOnlyForReinforcements() {
        assertEquals(List.of("x.yaml:12:93: timeline.lift.evenIfAbsent: expected evenIfAbsent only on a reinforce "
                        + "event, got it on objective"),
                problems(() -> build(HEADER + FACTIONS + """
                        timeline:
                          - {id: back, date: 2022-06-01, action: reinforce, faction: fama, troops: 3, evenIfAbsent: true}
                          - {id: lift, date: 2022-06-01, action: objective, faction: fama, town: gao, evenIfAbsent: true}
                        """)));
        Scenario scenario = build(HEADER + FACTIONS + """
                timeline:
                  - {id: back, date: 2022-06-01, action: reinforce, faction: fama, troops: 3, evenIfAbsent: true}
                  - {id: more, date: 2022-07-01, action: reinforce, faction: fama, troops: 300}
                """);
        assertEquals(List.of(true, false), scenario.timeline().stream().map(TimelineEvent::evenIfAbsent).toList());
    }
}
