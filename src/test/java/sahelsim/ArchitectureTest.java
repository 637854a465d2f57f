package sahelsim;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules, checked on the compiled classes: the model core (map, scenario, model, observe, the hindcast's
 * facts and the epstein reference model) does no I/O, prints nothing, reads no clock, draws no random number but from the run's own generator and
 * uses no GUI, chart, command-line, YAML/JSON or database library; the generic file helpers lean on no other
 * package of the program; and the top-level packages import one way, with no cycle between them.
 */
class ArchitectureTest {

    /**
     * The model core, the hindcast's facts and Epstein's reference model; their reports (hindcast.report,
     * epstein.report) write files and are outside.
     */
    private static final String[] CORE = {"sahelsim.map..", "sahelsim.scenario..", "sahelsim.model..",
            "sahelsim.observe..", "sahelsim.hindcast", "sahelsim.epstein"};

    private static JavaClasses program;

    @BeforeAll
    static void importProgram() {
        // The compiled program alone: scanning the whole class path for the package reads every library's jar.
        program = new ClassFileImporter().importPath(Path.of("target/classes"));
        assertTrue(program.size() > 300, "the program's classes were not found: " + program.size());
    }

    @Test
    void theCoreDoesNoIoAndUsesNoGuiChartParsingOrDatabaseLibrary() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat(resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..")
                        .and(not(type(Serializable.class))))
                .orShould().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "javax.imageio..",
                        "sim.display..", "sim.portrayal..", "org.jfree..", "com.fasterxml..", "org.yaml..",
                        "picocli..", "org.duckdb..")
                .orShould().dependOnClassesThat().resideInAnyPackage("sahelsim.io..", "sahelsim.load..",
                        "sahelsim.runfolder..", "sahelsim.stats..", "sahelsim.chart..", "sahelsim.sweep..",
                        "sahelsim.contrast..", "sahelsim.bench..", "sahelsim.gui..", "sahelsim.cli..")
                .because("the model core runs headless and its results depend only on the scenario and the seed")
                .check(program);
    }

    @Test
    void theCorePrintsNothingReadsNoClockAndDrawsOnlyFromTheRunsGenerator() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().dependOnClassesThat().belongToAnyOf(Clock.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().belongToAnyOf(Random.class)
                // Iteration order of hashed collections is not part of their contract, so it must not reach results.
                .orShould().callConstructor(HashMap.class)
                .orShould().callConstructor(HashSet.class)
                .because("the same scenario and seed give the same bytes out, on any machine")
                .check(program);
    }

    @Test
    void theGenericFileHelpersLeanOnNoOtherPackageOfTheProgram() {
        noClasses().that().resideInAPackage("sahelsim.io..")
                .should().dependOnClassesThat(resideInAnyPackage("sahelsim..").and(not(resideInAnyPackage("sahelsim.io.."))))
                .check(program);
    }

    /** No cycles between the top-level packages (a package with its sub-packages is one slice). */
    @Test
    void theTopLevelPackagesHaveNoCycle() {
        slices().matching("sahelsim.(*)..").should().beFreeOfCycles().check(program);
    }

    /**
     * Nor between any two packages, sub-packages each on their own (sweep and sweep.design, hindcast and
     * hindcast.report ...), but within the model: SahelModel and World, in model, still build and are used by the
     * decisions and mechanics of model.command, model.mechanics and model.strategy. Once the model's packages stop
     * reaching back into model, the exception goes and the rule holds for every package.
     */
    @Test
    void noPackageHasACycleOutsideTheModel() {
        slices().matching("sahelsim.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("sahelsim.model.."), resideInAPackage("sahelsim.model.."))
                .check(program);
    }

    @Test
    void theRulesCatchABreach() {
        ArchRule rule = noClasses().that().resideInAPackage("sahelsim.runfolder..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..");
        EvaluationResult result = rule.evaluate(program);
        assertFalse(result.getFailureReport().isEmpty(), "the run folder's writers use java.nio.file");
    }
}
