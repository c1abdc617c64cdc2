package org.wearetogether;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of the codebase (see the README's "Code layout"). */
class ArchitectureTest {

    private static final String BASE = "org.wearetogether";
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    @Test
    void onlyTheTelegramModuleTalksToTelegram() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".telegram..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.telegram..")
                .check(classes);
    }

    @Test
    void onlyTheExportsModuleWritesSpreadsheets() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".exports..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.poi..")
                .because("modules choose rows and columns; the exports module alone knows the file formats")
                .check(classes);
    }

    @Test
    void onlyStorageAndMongoClassesTouchTheDriver() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".storage..")
                .and()
                .haveSimpleNameNotStartingWith("Mongo")
                .and(notNestedInMongoClass())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.mongodb..", "org.bson..", "de.bwaldvogel..")
                .because("feature code reaches the store only through its own Mongo* classes")
                .check(classes);
    }

    @Test
    void theDialogEngineKnowsNothingOfChannelsOrFeatures() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".dialog..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BASE + ".telegram..", BASE + ".intake..", BASE + ".chat..")
                .check(classes);
    }

    @Test
    void modulesDoNotDependOnEachOtherInCircles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching(BASE + ".(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        noClasses().should(reachIntoAnotherModulesInternals()).check(classes);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> notNestedInMongoClass() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "not nested in a Mongo* class",
                c -> !c.getName().substring(c.getPackageName().length() + 1).startsWith("Mongo"));
    }

    private static ArchCondition<JavaClass> reachIntoAnotherModulesInternals() {
        return new ArchCondition<>("reach into another module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownModule = module(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith(BASE + ".")
                            && target.contains(".internal")
                            && !module(target).equals(ownModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String module(String packageName) {
        String rest = packageName.length() > BASE.length() ? packageName.substring(BASE.length() + 1) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
