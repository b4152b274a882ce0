package app.mixpos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package directions of shared/style.md, checked on every build. */
@AnalyzeClasses(packages = "app.mixpos", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] LIBRARIES_OUTSIDE_THE_DOMAIN = {
        "javafx..", "okhttp3..", "okio..", "com.fasterxml..", "java.sql..", "org.sqlite..",
        "com.google.zxing..", "com.sun.net.httpserver.."};

    @ArchTest
    static final ArchRule saleIsPureJava = noClasses().that().resideInAPackage("app.mixpos.sale..")
            .should().dependOnClassesThat().resideInAnyPackage(LIBRARIES_OUTSIDE_THE_DOMAIN)
            .orShould().dependOnClassesThat().resideInAnyPackage("app.mixpos.checkout..", "app.mixpos.mixpay..",
                    "app.mixpos.receipts..", "app.mixpos.training..", "app.mixpos.config..", "app.mixpos.ui..");

    @ArchTest
    static final ArchRule adaptersKnowOnlyTheDomain = noClasses()
            .that().resideInAnyPackage("app.mixpos.mixpay..", "app.mixpos.receipts..", "app.mixpos.training..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.checkout..", "app.mixpos.ui..",
                    "app.mixpos.config..");

    @ArchTest
    static final ArchRule adaptersDoNotKnowEachOther = noClasses()
            .that().resideInAPackage("app.mixpos.mixpay..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.receipts..", "app.mixpos.training..");

    @ArchTest
    static final ArchRule receiptsAndSimulatorAreSeparate = noClasses()
            .that().resideInAnyPackage("app.mixpos.receipts..", "app.mixpos.training..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.mixpay..");

    @ArchTest
    static final ArchRule checkoutTalksToMixPayAndTheLogThroughItsOwnPorts = noClasses()
            .that().resideInAPackage("app.mixpos.checkout..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.mixpay..", "app.mixpos.receipts..",
                    "app.mixpos.training..", "app.mixpos.ui..", "app.mixpos.config..", "javafx..", "okhttp3..",
                    "java.sql..");

    @ArchTest
    static final ArchRule screensNeverCallMixPayOrTheLogDirectly = noClasses()
            .that().resideInAPackage("app.mixpos.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.mixpay..", "app.mixpos.receipts..",
                    "app.mixpos.training..", "okhttp3..", "java.sql..");

    @ArchTest
    static final ArchRule javaFxStaysInTheScreens = noClasses()
            .that().resideOutsideOfPackages("app.mixpos.ui..").and().doNotHaveSimpleName("PosApp")
            .and().doNotHaveSimpleName("Main")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule configKnowsOnlyTheDomain = noClasses().that().resideInAPackage("app.mixpos.config..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.checkout..", "app.mixpos.mixpay..",
                    "app.mixpos.receipts..", "app.mixpos.training..", "app.mixpos.ui..");

    @ArchTest
    static final ArchRule theOwnersLockIsPureJava = noClasses().that().resideInAPackage("app.mixpos.owner..")
            .should().dependOnClassesThat().resideInAnyPackage(LIBRARIES_OUTSIDE_THE_DOMAIN)
            .orShould().dependOnClassesThat().resideInAnyPackage("app.mixpos.sale..", "app.mixpos.checkout..",
                    "app.mixpos.mixpay..", "app.mixpos.receipts..", "app.mixpos.training..", "app.mixpos.config..",
                    "app.mixpos.ui..", "app.mixpos.wiring..");

    @ArchTest
    static final ArchRule onlyTheWiringKnowsTheManagerPin = noClasses()
            .that().resideOutsideOfPackages("app.mixpos.owner..", "app.mixpos.wiring..")
            .should().dependOnClassesThat().resideInAPackage("app.mixpos.owner..");

    @ArchTest
    static final ArchRule moneyIsNeverAFloatInTheDomain = fields().that().areDeclaredInClassesThat()
            .resideInAPackage("app.mixpos.sale..")
            .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
            .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class);

    @ArchTest
    static final ArchRule domainMethodsReturnNoFloats = noMethods().that().areDeclaredInClassesThat()
            .resideInAPackage("app.mixpos.sale..")
            .should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class);

    @ArchTest
    static final ArchRule onlyOneHelperPostsToTheFxThread = noClasses()
            .that().doNotHaveSimpleName("FxThread")
            .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable");
}
