package fr.passerelle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of docs/architecture.md. A rule that no longer matches a package fails. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.passerelle");
    }

    @Test
    void jooqIsUsedOnlyByTheStore() {
        check(noClasses().that().resideOutsideOfPackages("fr.passerelle.store..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq.."));
    }

    @Test
    void vaadinIsUsedOnlyByTheUi() {
        check(noClasses().that().resideOutsideOfPackages("fr.passerelle.ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.."));
    }

    @Test
    void mappingExpressionsRunOnOurEvaluatorAloneWithoutReflection() {
        // One grammar, one checked tree, one evaluator (dsl/README.md, "Safety by construction"):
        // no second parser or script engine, and nothing that calls code by name.
        check(noClasses().that().resideInAnyPackage("fr.passerelle.dsl..", "fr.passerelle.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mvel2..", "javax.script..", "java.lang.reflect..",
                        "org.springframework.expression.."));
        check(noClasses().should().dependOnClassesThat().resideInAPackage("org.mvel2.."));
    }

    @Test
    void quartzIsUsedOnlyByTheScheduler() {
        check(noClasses().that().resideOutsideOfPackages("fr.passerelle.scheduler..")
                .should().dependOnClassesThat().resideInAPackage("org.quartz.."));
    }

    @Test
    void theConnectorSpiAndPlansAreFrameworkFree() {
        check(noClasses().that().resideInAnyPackage("fr.passerelle.connector", "fr.passerelle.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "org.jooq..", "org.mvel2..", "tools.jackson..", "com.fasterxml.."));
    }

    @Test
    void connectorImplementationsSeeOnlyTheSpi() {
        check(noClasses().that().resideInAPackage("fr.passerelle.connector..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.engine..",
                        "fr.passerelle.store..", "fr.passerelle.ui..", "fr.passerelle.sandbox..",
                        "fr.passerelle.scheduler..", "fr.passerelle.account..", "fr.passerelle.cli..",
                        "org.springframework.."));
    }

    @Test
    void sandboxesNeverReachTheCore() {
        check(noClasses().that().resideInAPackage("fr.passerelle.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.engine..",
                        "fr.passerelle.store..", "fr.passerelle.ui..", "fr.passerelle.connector..",
                        "fr.passerelle.dsl..", "fr.passerelle.scheduler..", "fr.passerelle.account.."));
    }

    @Test
    void theEngineNeverReachesTheEdges() {
        check(noClasses().that().resideInAPackage("fr.passerelle.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.store..", "fr.passerelle.ui..",
                        "fr.passerelle.scheduler..", "fr.passerelle.sandbox..", "fr.passerelle.cli..",
                        "org.springframework.."));
    }

    @Test
    void theEngineDependsOnlyOnPlansConnectorsAndFlows() {
        check(classes().that().resideInAPackage("fr.passerelle.engine..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.passerelle.engine..",
                        "fr.passerelle.plan..", "fr.passerelle.connector", "fr.passerelle.flow..", "java..",
                        "org.slf4j..", "org.jspecify.."));
    }

    @Test
    void schedulerJobsAreThinAdaptersToSync() {
        check(classes().that().resideInAPackage("fr.passerelle.scheduler..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fr.passerelle.scheduler..",
                        "fr.passerelle.sync..", "org.quartz..", "org.springframework..", "java..", "org.slf4j..",
                        "org.jspecify.."));
    }

    @Test
    void connectorImplementationsDoNotSeeEachOther() {
        check(slices().matching("fr.passerelle.connector.(erp|shop).(*)..").should().notDependOnEachOther());
    }

    @Test
    void nothingDependsOnTheUiOrTheCommandLine() {
        check(noClasses().that().resideOutsideOfPackages("fr.passerelle.ui..", "fr.passerelle")
                .should().dependOnClassesThat().resideInAPackage("fr.passerelle.ui.."));
        check(noClasses().that().resideOutsideOfPackages("fr.passerelle.cli..", "fr.passerelle")
                .should().dependOnClassesThat().resideInAPackage("fr.passerelle.cli.."));
    }

    @Test
    void storeAndAccountStayBelowTheStudio() {
        check(noClasses().that().resideInAnyPackage("fr.passerelle.store..", "fr.passerelle.account..",
                        "fr.passerelle.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.passerelle.ui..", "fr.passerelle.cli..",
                        "fr.passerelle.sandbox.."));
    }

    @Test
    void topLevelModulesHaveNoCycles() {
        check(slices().matching("fr.passerelle.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        // A rule about a package that does not exist (yet) passes vacuously rather than failing
        // the build; the packages themselves are listed in docs/architecture.md.
        rule.allowEmptyShould(true).check(classes);
    }
}
