package org.guidancedesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
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
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.guidancedesk.tabular..")
            .because("reading untrusted spreadsheets stays small enough to check: JDK zip and StAX only");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching("org.guidancedesk.(*)..")
            .should().beFreeOfCycles();
}
