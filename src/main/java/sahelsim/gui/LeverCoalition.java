package sahelsim.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.YamlTree;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.CoalitionSpec;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TreeMerge;

/**
 * Gives the coalition lever to every scenario with rebels and jihadists. A scenario that declares no coalition
 * between them (one set before 2023, or one asking what happens without the coalition) gets one declared
 * inactive ({@code level: none}): it never forms by itself, so declaring it changes nothing that happens (the
 * run's record only gains its level, none throughout), but a lever can form it. The replay scenario declares it
 * too, so that the run replays headless.
 */
final class LeverCoalition {

    /** The coalition the window declares: its id and its two members. */
    record Declared(String id, List<String> members) {

        /** The declaration as a scenario's {@code coalitions} item. */
        Map<String, Object> item() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("members", members);
            m.put("level", CoalitionLevel.NONE.name().toLowerCase(Locale.ROOT));
            return m;
        }
    }

    private LeverCoalition() {
    }

    /**
     * The coalition to declare, or empty when the scenario has no rebels or no jihadists, or already declares a
     * coalition of the two.
     */
    static Optional<Declared> declaration(Scenario scenario) {
        Optional<FactionSpec> rebels = first(scenario, FactionKind.REBEL);
        Optional<FactionSpec> jihadists = first(scenario, FactionKind.JIHADIST);
        if (rebels.isEmpty() || jihadists.isEmpty()) {
            return Optional.empty();
        }
        String a = rebels.get().id();
        String b = jihadists.get().id();
        for (CoalitionSpec c : scenario.coalitions()) {
            if (c.members().contains(a) && c.members().contains(b)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Declared(a + "-" + b, List.of(a, b)));
    }

    /** The scenario with the coalition declared if it needs one, else the scenario itself. */
    static Scenario withLever(Scenario scenario) {
        Optional<Declared> declaration = declaration(scenario);
        if (declaration.isEmpty()) {
            return scenario;
        }
        Declared d = declaration.get();
        ConfigNode added = YamlTree.parseDocument("the window's coalition lever", "coalitions:\n  - {id: " + d.id()
                + ", members: [" + String.join(", ", d.members()) + "], level: none}\n");
        return ScenarioLoader.shipped().build(TreeMerge.merge(scenario.tree(), added));
    }

    private static Optional<FactionSpec> first(Scenario scenario, FactionKind kind) {
        List<FactionSpec> of = scenario.factions().stream().filter(f -> f.kind() == kind).toList();
        return of.isEmpty() ? Optional.empty() : Optional.of(of.get(0));
    }
}
