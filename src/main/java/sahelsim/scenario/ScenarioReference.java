package sahelsim.scenario;

import java.util.List;
import java.util.Locale;
import sahelsim.map.MaliGeography;
import sahelsim.map.Region;
import sahelsim.map.Town;

/**
 * Writes docs/scenario-reference.md from the schema, so the reference covers every key the loader knows, and
 * from the geography, so the town and region ids it lists are the ones the loader accepts.
 */
public final class ScenarioReference {

    /** The example at the top of the page; a test loads it, so it stays valid. */
    static final String EXAMPLE = """
            # small-example.yaml
            name: small-example
            description: >
              Barkhane hands its base at Gao to the Malian army in August 2022. Watch whether the army holds
              the town once the French are gone, and who controls the countryside around it.
            calendar:
              start: 2022-01-01
              end: 2023-12-31
            factions:
              - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2", strength: 2000}
              - {id: barkhane, name: Barkhane, kind: foreign, side: government, colour: "#56B4E9"}
              - id: jnim
                name: JNIM
                kind: jihadist
                side: insurgent
                colour: "#D55E00"
                strength: 1500               # fighters outside garrisons
                homeAreas: [region:gao, region:mopti]   # whole regions; town:gao would be the town alone
                behaviour:
                  aggression: 0.6
                  aims: {expand: 1.0, raid: 1.0, blockade: 0.5}
            garrisons:
              - {id: fama-gao, town: gao, faction: fama, troops: 800}
            foreignForces:
              - {id: barkhane-gao, faction: barkhane, base: gao, troops: 1500, withdrawal: 2022-08-15, handover: fama}
            timeline:
              - {id: reinforce-gao, date: 2022-09-01, action: reinforce, faction: fama, troops: 300, town: gao}
            """;

    /** A variant of the example, written with {@code extends}; a test loads it too. */
    static final String EXAMPLE_VARIANT = """
            # barkhane-stays.yaml
            extends: small-example.yaml
            name: barkhane-stays
            foreignForces:
              - {id: barkhane-gao, withdrawal: null}   # merged into the inherited contingent by its id
            factions:
              - {id: jnim, strength: 3000}             # only the strength changes
            timeline:
              - {id: reinforce-gao, remove: true}      # the inherited event is deleted
            """;

    private ScenarioReference() {
    }

    /** The whole page, with the town and region ids of {@code geography}. */
    public static String markdown(MaliGeography geography) {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Scenario file reference

                This page is generated from the loader's schema (`sahelsim.scenario.ScenarioSchema`) by
                `./sahelsim validate --reference > docs/scenario-reference.md`; it lists every key a scenario file
                may hold. Empirical values in the shipped scenarios cite their sources in comments beside them.
                Check a file with `./sahelsim validate FILE...`.

                """);
        contents(md);
        md.append("## An example\n\n```yaml\n").append(EXAMPLE).append("```\n\n")
                .append("A variant that inherits everything from it and changes three things:\n\n```yaml\n")
                .append(EXAMPLE_VARIANT).append("```\n\n")
                .append("`./sahelsim validate small-example.yaml barkhane-stays.yaml` checks both; ")
                .append("`--set factions.jnim.strength=2500` changes one more key without editing a file.\n\n");
        md.append("""
                ## Rules of the format

                - A scenario is one YAML file of keys. Unknown keys, wrong types, values out of range, dates
                  outside the calendar and references to unknown towns, regions, factions, contingents or
                  coalitions are errors, reported as `file:line:column: key.path: what was expected, got what`.
                  `./sahelsim validate FILE...` prints every error found, not just the first; the checks across
                  keys (dates against the calendar, references) run once every value has the right type.
                - Numbers are written without quotes (a quoted `"5"` is text). Dates are `YYYY-MM-DD`. `null`
                  means "never" or "none" where a key allows it. Booleans are `true` or `false` (`yes`, `no`,
                  `on` and `off` are text). Ids are lower-case letters, digits and dashes, starting with a letter;
                  the ids of towns and regions are [listed at the end](#town-and-region-ids).
                - YAML tags (`!!...`), anchors and aliases are refused, and a key written twice is an error: a
                  scenario file holds plain values only, and no tag ever builds an object.
                - `extends: other.yaml` (at the top of the file, relative to it) inherits another scenario and
                  overrides any of its keys. Sections merge key by key. Lists whose items have an `id` (every
                  list of items here: factions, relations, garrisons, foreignForces, coalitions, timeline) merge
                  item by item: an item with a known id is merged into the inherited one, a new id is appended,
                  and `remove: true` deletes the inherited item (naming an id that is not inherited is an error).
                  Any other value, including lists of ids such as `homeAreas`, is replaced whole; an empty list
                  `[]` empties an inherited list. Chains of `extends` are allowed; cycles are refused.
                - `--set key.path=value` on the command line overrides any key, after `extends`; it can be
                  repeated and is recorded in a run's manifest. A step into a list names the item's id:
                  `--set factions.jnim.behaviour.aggression=0.8`, `--set foreignForces.minusma-kidal.withdrawal=null`.
                  The value is read as YAML: `2000`, `2023-06-30`, `null`, `[gao, kidal]`.
                - These key paths are fixed, because sweeps, tools and tests name them: `calendar.start`,
                  `calendar.end`, `map.resolution`, `wagner.arrival`, `wagner.strength`, `wagner.abuse`.
                - The loaded scenario has a canonical text (every key with its value or default, in the order
                  of this page) whose SHA-256 identifies it in provenance.

                """);
        md.append("## Top level\n\n");
        header(md);
        // The loader, not the schema, reads extends: it is gone before the schema check sees the tree.
        md.append("| `extends` | a file path |  | none | Another scenario file that this one inherits from, relative to ")
                .append("this file (see the rules above). |  |\n");
        for (Key key : ScenarioSchema.ROOT.keys()) {
            if (key instanceof Key.Value v) {
                row(md, v.name(), v);
            }
        }
        md.append('\n');
        for (Key key : ScenarioSchema.ROOT.keys()) {
            if (!(key instanceof Key.Value)) {
                section(md, key, key.name(), 2);
            }
        }
        places(md, geography);
        return md.toString();
    }

    /** Links to every section; GitHub makes a heading's anchor from its lower-cased text without punctuation. */
    private static void contents(StringBuilder md) {
        md.append("Contents: [An example](#an-example) · [Rules of the format](#rules-of-the-format) · ")
                .append("[Top level](#top-level)");
        for (Key key : ScenarioSchema.ROOT.keys()) {
            if (!(key instanceof Key.Value)) {
                md.append(" · [`").append(key.name()).append("`](#").append(key.name().toLowerCase(Locale.ROOT))
                        .append(')');
            }
        }
        md.append(" · [Town and region ids](#town-and-region-ids)\n\n");
    }

    private static void places(StringBuilder md, MaliGeography geography) {
        md.append("## Town and region ids\n\n")
                .append("The places of the shipped map ([docs/map.md](map.md) says where they come from). Keys that ")
                .append("name a town (`garrisons.<id>.town`, `foreignForces.<id>.base`, `wagner.bases`, ")
                .append("`supply.origins`, `timeline.<id>.town`) take a town id; ")
                .append("`coalitions.<id>.trigger.whenForeignForcesLeave` takes a region id. ")
                .append("`factions.<id>.homeAreas` takes places: `town:ID` (the town and the cells nearest it), ")
                .append("`region:ID` (the whole region), or an id alone where it names only a town or only a region; ")
                .append(bothTownAndRegion(geography)).append(' ')
                .append("Garrisons in towns with an airfield are also supplied by air ")
                .append("(`supply.airliftDaysPerWeek`).\n\n")
                .append("| region id | name |\n|---|---|\n");
        for (Region region : geography.regions()) {
            md.append("| `").append(region.id()).append("` | ").append(escape(region.name())).append(" |\n");
        }
        md.append("\n| town id | name | region | airfield |\n|---|---|---|---|\n");
        for (Town town : geography.towns()) {
            md.append("| `").append(town.id()).append("` | ").append(escape(town.name())).append(" | `")
                    .append(town.region()).append("` | ").append(town.airfield() ? "yes" : "").append(" |\n");
        }
    }

    /** The sentence naming the ids that are both a town and a region, which must be written with a prefix. */
    private static String bothTownAndRegion(MaliGeography geography) {
        List<String> both = geography.regions().stream().map(Region::id)
                .filter(id -> geography.townIndex(id).isPresent()).map(id -> "`" + id + "`").toList();
        if (both.isEmpty()) {
            return "";
        }
        String first = both.get(0).replace("`", "");
        String names = both.size() == 1 ? both.get(0)
                : String.join(", ", both.subList(0, both.size() - 1)) + " and " + both.get(both.size() - 1);
        return names + (both.size() == 1 ? " names" : " name") + " both a town and a region: write `town:" + first
                + "` or `region:" + first + "`" + (both.size() == 1 ? "." : ", and so on.");
    }

    private static void section(StringBuilder md, Key key, String path, int level) {
        md.append("#".repeat(level)).append(' ').append('`').append(path).append("`\n\n");
        if (!key.doc().isEmpty()) {
            md.append(key.doc()).append("\n\n");
        }
        List<Key> keys;
        String prefix;
        if (key instanceof Key.Items items) {
            md.append("A list of items; each needs an `id`. Key paths name an item by its id: `").append(path)
                    .append(".<id>.<key>`. In a file that extends another, `{id: ..., ").append(TreeMerge.REMOVE)
                    .append(": true}` deletes the inherited item.\n\n");
            keys = items.item().keys();
            prefix = path + ".<id>.";
        } else {
            keys = ((Key.Section) key).keys();
            prefix = path + ".";
        }
        header(md);
        for (Key k : keys) {
            if (k instanceof Key.Value v) {
                row(md, prefix + v.name(), v);
            } else {
                md.append("| `").append(prefix).append(k.name()).append("` | section | | | ")
                        .append(escape(k.doc())).append(" (below) | |\n");
            }
        }
        md.append('\n');
        for (Key k : keys) {
            if (!(k instanceof Key.Value)) {
                section(md, k, prefix + k.name(), Math.min(level + 1, 4));
            }
        }
    }

    private static void header(StringBuilder md) {
        md.append("| key | type and range | unit | default | meaning | source |\n");
        md.append("|---|---|---|---|---|---|\n");
    }

    private static void row(StringBuilder md, String path, Key.Value v) {
        md.append("| `").append(path).append("` | ").append(escape(v.type().expected())).append(" | ")
                .append(escape(v.unit())).append(" | ").append(defaultText(v)).append(" | ")
                .append(escape(v.doc())).append(" | ").append(escape(v.source())).append(" |\n");
    }

    private static String defaultText(Key.Value v) {
        if (v.required()) {
            return "required";
        }
        Object d = v.defaultValue();
        if (d == null) {
            return "`null`";
        }
        if (d instanceof List<?> l) {
            return l.isEmpty() ? "`[]`" : "`" + l + "`";
        }
        return "`" + d + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
