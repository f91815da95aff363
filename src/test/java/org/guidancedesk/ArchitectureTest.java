package org.guidancedesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guidancedesk.store.StoreException;

/**
 * The layers: domain (plain Java) ← store (SQLite) ← service ← ui (JavaFX); cli may use
 * anything. The window sees the store only through {@link StoreException}.
 */
@AnalyzeClasses(packages = "org.guidancedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage("org.guidancedesk.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.guidancedesk.domain..")
            .because("the domain is plain Java records and rules");

    @ArchTest
    static final ArchRule domainUsesNeitherSqlNorJavaFx = noClasses()
            .that().resideInAPackage("org.guidancedesk.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "javafx..",
                    "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule storeDoesNotKnowTheLayersAboveIt = noClasses()
            .that().resideInAPackage("org.guidancedesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.guidancedesk.service..",
                    "org.guidancedesk.ui..", "org.guidancedesk.cli..", "javafx..");

    @ArchTest
    static final ArchRule serviceDoesNotKnowTheWindowOrTheCommandLine = noClasses()
            .that().resideInAPackage("org.guidancedesk.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.guidancedesk.ui..", "org.guidancedesk.cli..",
                    "javafx..");

    @ArchTest
    static final ArchRule storeUsesWhatTheReadmeSays = classes()
            .that().resideInAPackage("org.guidancedesk.store..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.sqlite..",
                    "org.guidancedesk.domain..", "org.guidancedesk.store..")
            .because("the store is JDBC on SQLite, mapping rows to the domain's records");

    @ArchTest
    static final ArchRule serviceUsesWhatTheReadmeSays = classes()
            .that().resideInAPackage("org.guidancedesk.service..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.guidancedesk.domain..",
                    "org.guidancedesk.store..", "org.guidancedesk.tabular..", "org.guidancedesk.i18n..",
                    "org.guidancedesk.platform..", "org.guidancedesk.service..")
            .because("use cases run the store's transactions (a java.sql.Connection is handed in) and write "
                    + "spreadsheet files whole");

    @ArchTest
    static final ArchRule reportUsesWhatTheReadmeSays = classes()
            .that().resideInAPackage("org.guidancedesk.report..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.print..", "org.apache.pdfbox..",
                    "org.apache.fontbox..", "org.guidancedesk.service..", "org.guidancedesk.domain..",
                    "org.guidancedesk.i18n..", "org.guidancedesk.report..", "org.guidancedesk.ooxml..")
            .because("sheets are laid out from the services' data and written, shown and printed with PDFBox, "
                    + "and written as .docx with the office-file plumbing the spreadsheets use");

    @ArchTest
    static final ArchRule uiReachesTheStoreOnlyThroughStoreException = noClasses()
            .that().resideInAPackage("org.guidancedesk.ui..")
            .should().dependOnClassesThat(resideInAPackage("org.guidancedesk.store..")
                    .and(not(belongToAnyOf(StoreException.class))))
            .because("the window works through services; only store failures are shown to the user");

    @ArchTest
    static final ArchRule uiDoesNotUseTheCommandLine = noClasses()
            .that().resideInAPackage("org.guidancedesk.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.guidancedesk.cli..");

    @ArchTest
    static final ArchRule platformUsesOnlyTheJdk = classes()
            .that().resideInAnyPackage("org.guidancedesk.platform..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.guidancedesk.platform..");

    @ArchTest
    static final ArchRule i18nUsesOnlyTheJdk = classes()
            .that().resideInAnyPackage("org.guidancedesk.i18n..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.guidancedesk.i18n..");

    @ArchTest
    static final ArchRule viewModelsNeedNoScene = noClasses()
            .that().resideInAPackage("org.guidancedesk.ui..").and().haveSimpleNameEndingWith("Model")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view models are tested without a toolkit; the views own the controls");

    @ArchTest
    static final ArchRule viewModelsPartsNeedNoSceneEither = classes()
            .that().resideInAPackage("org.guidancedesk.ui..").and().haveSimpleNameEndingWith("Model")
            .should(useNoSceneThroughTheWindowsClassesTheyUse())
            .because("what a view model is made of (the ledger's list and selection, the weekly sheet's output) "
                    + "is tested without a toolkit too");

    /** Follows a class's uses within {@code ui} (not into JavaFX itself) and fails on any of javafx.scene or .stage. */
    private static ArchCondition<JavaClass> useNoSceneThroughTheWindowsClassesTheyUse() {
        return new ArchCondition<>("use nothing of javafx.scene or javafx.stage, nor do the ui classes they use") {
            @Override
            public void check(JavaClass model, ConditionEvents events) {
                Deque<JavaClass> todo = new ArrayDeque<>(List.of(model));
                Set<JavaClass> seen = new HashSet<>();
                while (!todo.isEmpty()) {
                    JavaClass c = todo.pop();
                    if (!seen.add(c)) {
                        continue;
                    }
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        String target = d.getTargetClass().getPackageName();
                        if (target.startsWith("javafx.scene") || target.startsWith("javafx.stage")) {
                            events.add(SimpleConditionEvent.violated(model, model.getSimpleName() + ": " + d.getDescription()));
                        } else if (target.startsWith("org.guidancedesk.ui")) {
                            todo.push(d.getTargetClass());
                        }
                    }
                }
            }
        };
    }

    @ArchTest
    static final ArchRule uiUsesWhatTheReadmeSays = classes()
            .that().resideInAPackage("org.guidancedesk.ui..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "javax.print..", "javafx..", "org.controlsfx..",
                    "org.guidancedesk.ui..", "org.guidancedesk.service..", "org.guidancedesk.domain..",
                    "org.guidancedesk.i18n..", "org.guidancedesk.platform..", "org.guidancedesk.report..")
                    .or(belongToAnyOf(StoreException.class, StoreException.Reason.class,
                            org.guidancedesk.tabular.Columns.class)))
            .because("the window works through services; of the store it sees only its failures, of the "
                    + "spreadsheet package only column letters (A, B, … AA) to name a file's columns");

    @ArchTest
    static final ArchRule spreadsheetFilesUseOnlyTheJdk = classes()
            .that().resideInAnyPackage("org.guidancedesk.tabular..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.guidancedesk.tabular..",
                    "org.guidancedesk.ooxml..")
            .because("reading untrusted spreadsheets stays small enough to check: JDK zip and StAX only");

    @ArchTest
    static final ArchRule officeFilePlumbingUsesOnlyTheJdk = classes()
            .that().resideInAnyPackage("org.guidancedesk.ooxml..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.guidancedesk.ooxml..")
            .because("what the .xlsx and the .docx writers share (escaping, the zip of parts) is plain JDK");

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses()
            .that(not(belongToAnyOf(org.guidancedesk.ui.StartupProbe.class)))
            .should().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now").orShould().callMethod(System.class, "currentTimeMillis")
            .because("today and the time come from the Clock each part is given (a test's fixed day is the "
                    + "program's); only the start-up benchmark measures the machine's own time");

    @ArchTest
    static final ArchRule theSystemClockIsTakenInItsHomesOnly = noClasses()
            .that(not(belongToAnyOf(org.guidancedesk.ui.App.class, org.guidancedesk.store.Database.class))
                    .and(not(name("org.guidancedesk.cli.CliClock"))))
            .should().callMethod(Clock.class, "systemDefaultZone").orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "system", ZoneId.class)
            .because("the window's clock is made in App, the command line's in CliClock (--today), and a file "
                    + "opened without a workspace dates its change log by UTC until it is given one");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("org.guidancedesk.(*)..")
            .should().beFreeOfCycles();
}
