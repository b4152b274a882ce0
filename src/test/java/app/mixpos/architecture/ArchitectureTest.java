package app.mixpos.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

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

    /**
     * The till's model is plain Java that any observer (the cashier's window, a customer display, a printer, a local
     * API) can follow: it knows the use cases and the domain, and nothing of a screen, JavaFX or an adapter.
     */
    @ArchTest
    static final ArchRule theTillModelKnowsOnlyCheckoutAndTheDomain = classes()
            .that().resideInAPackage("app.mixpos.till..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.mixpos.till..", "app.mixpos.checkout..",
                    "app.mixpos.sale..", "java..", "org.slf4j..");

    @ArchTest
    static final ArchRule theUseCasesDoNotKnowTheTillModel = noClasses()
            .that().resideInAnyPackage("app.mixpos.sale..", "app.mixpos.checkout..", "app.mixpos.mixpay..",
                    "app.mixpos.receipts..", "app.mixpos.training..", "app.mixpos.config..")
            .should().dependOnClassesThat().resideInAPackage("app.mixpos.till..");

    /** {@code app.mixpos.ui} itself is a slice too: its shared helpers must not reach back into the screens. */
    private static final SliceAssignment UI_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals("app.mixpos.ui")) {
                return SliceIdentifier.of("ui");
            }
            if (p.startsWith("app.mixpos.ui.")) {
                return SliceIdentifier.of("ui." + p.substring("app.mixpos.ui.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "app.mixpos.ui and each package under it";
        }
    };

    @ArchTest
    static final ArchRule uiPackagesAreFreeOfCycles = slices().assignedFrom(UI_PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule uiSubPackagesAreFreeOfCycles = slices().matching("app.mixpos.ui.(*)..").should()
            .beFreeOfCycles();
}
