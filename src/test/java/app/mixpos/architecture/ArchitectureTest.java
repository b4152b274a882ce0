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
@AnalyzeClasses(packages = "app.mixpos", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /**
     * The app's own classes: ArchUnit's {@code DoNotIncludeTests} knows only {@code target/test-classes}, so a build
     * with {@code -DbuildDir=target-x} imported the tests too (and failed on their fakes).
     */
    public static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

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

    // ---- The wiring (issue 11, item 5). Fully qualified names keep this block apart from other rules' imports. ----

    /** Main, PosApp and their nested classes: the launcher and the composition root. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            LAUNCHER_OR_COMPOSITION_ROOT = com.tngtech.archunit.base.DescribedPredicate.describe(
                    "the launcher or the composition root (app.mixpos.Main, app.mixpos.PosApp)",
                    c -> isOrIsNestedIn(c, "app.mixpos.Main") || isOrIsNestedIn(c, "app.mixpos.PosApp"));

    /** The composition root alone: the one class outside ui that may build JavaFX objects (the stage's owner). */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            COMPOSITION_ROOT = com.tngtech.archunit.base.DescribedPredicate.describe(
                    "the composition root (app.mixpos.PosApp)", c -> isOrIsNestedIn(c, "app.mixpos.PosApp"));

    /**
     * What the screens keep to themselves: classes in ui that are not ports. A port is what ui declares for others to
     * implement or pass through it (an interface, a record or an enum); views, view-models and controls are classes.
     */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            SCREEN_INTERNALS = com.tngtech.archunit.base.DescribedPredicate.describe(
                    "ui classes that are not ports (not an interface, record or enum)",
                    c -> c.getPackageName().startsWith("app.mixpos.ui")
                            && !c.isInterface() && !c.isRecord() && !c.isEnum());

    @ArchTest
    static final ArchRule onlyTheLauncherAndTheCompositionRootUseTheWiring = noClasses()
            .that().resideOutsideOfPackage("app.mixpos.wiring..")
            .and(com.tngtech.archunit.base.DescribedPredicate.not(LAUNCHER_OR_COMPOSITION_ROOT))
            .should().dependOnClassesThat().resideInAPackage("app.mixpos.wiring..")
            .because("the wiring assembles the app from its parts; a part that reached back into it would be "
                    + "tied to one assembly (a second window, a printer or a local API must be able to use the parts)");

    @ArchTest
    static final ArchRule theWiringUsesOnlyThePortsOfTheScreens = noClasses()
            .that().resideInAPackage("app.mixpos.wiring..")
            .should().dependOnClassesThat(SCREEN_INTERNALS)
            .orShould().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the wiring implements what the screens ask for (settings editor, owner's lock, training "
                    + "customer) and nothing else of them; it runs without JavaFX");

    @ArchTest
    static final ArchRule configUsesOnlyTheDomainAndTheJdk = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().resideInAPackage("app.mixpos.config..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.mixpos.config..", "app.mixpos.sale..",
                    "java..")
            .because("settings are read before anything else starts (and before logging): no wiring, owner, "
                    + "screens or libraries");

    @ArchTest
    static final ArchRule theAdaptersAndTheDomainNeverUseTheWiring = noClasses()
            .that().resideInAnyPackage("app.mixpos.sale..", "app.mixpos.checkout..", "app.mixpos.mixpay..",
                    "app.mixpos.receipts..", "app.mixpos.training..", "app.mixpos.config..", "app.mixpos.owner..")
            .should().dependOnClassesThat().resideInAPackage("app.mixpos.wiring..");

    @ArchTest
    static final ArchRule javaFxOnlyInTheScreensAndTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackage("app.mixpos.ui..")
            .and(com.tngtech.archunit.base.DescribedPredicate.not(COMPOSITION_ROOT))
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("unlike javaFxStaysInTheScreens, no class elsewhere is let off by its simple name: the wiring, "
                    + "config and a class called Main in any package are all checked");

    private static boolean isOrIsNestedIn(com.tngtech.archunit.core.domain.JavaClass c, String topLevel) {
        return c.getName().equals(topLevel) || c.getName().startsWith(topLevel + "$");
    }

    // ---- Reads apart from writes (issue 11, item 4): lists and reports read through records, never the ledger. ----

    @ArchTest
    static final ArchRule theReadSideKnowsOnlyTheDomain = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .classes().that().resideInAPackage("app.mixpos.records..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.mixpos.records..", "app.mixpos.sale..",
                    "java..")
            .because("what lists and reports read is a port of its own: any store (the SQLite log, a store database)"
                    + " can serve it, and it writes nothing");

    @ArchTest
    static final ArchRule theAdaptersDoNotKnowTheReadSide = noClasses()
            .that().resideInAnyPackage("app.mixpos.receipts..", "app.mixpos.mixpay..", "app.mixpos.training..",
                    "app.mixpos.checkout..")
            .should().dependOnClassesThat().resideInAPackage("app.mixpos.records..")
            .because("the wiring adapts the receipt log to the read port; checkout writes, it does not list");

    // ---- Store mode (issue 12): the store adapter. Fully qualified names keep this block apart. ----

    /**
     * The store sender talks to PostgreSQL and reads the till's outbox through its own port (ChangeSource), so it
     * knows no other adapter, no use case, no screen and no settings; the wiring joins it to the receipt log.
     */
    @ArchTest
    static final ArchRule theStoreKnowsNoOtherPartOfTheApp = noClasses()
            .that().resideInAPackage("app.mixpos.store..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.receipts..", "app.mixpos.checkout..",
                    "app.mixpos.mixpay..", "app.mixpos.training..", "app.mixpos.config..", "app.mixpos.ui..",
                    "app.mixpos.till..", "app.mixpos.records..", "app.mixpos.wiring..", "javafx..");

    // ---- The whole shop's reads (issue 12, store-wide views). ----

    /**
     * The store-wide views read the store database for the screens through the read port: they know the port and the
     * domain, never the sender, the receipt log, the use cases or a screen (the wiring joins them to a pool).
     */
    @ArchTest
    static final ArchRule theShopsReadsKnowOnlyTheReadPortAndTheDomain = noClasses()
            .that().resideInAPackage("app.mixpos.shop..")
            .should().dependOnClassesThat().resideInAnyPackage("app.mixpos.store..", "app.mixpos.receipts..",
                    "app.mixpos.checkout..", "app.mixpos.mixpay..", "app.mixpos.training..", "app.mixpos.config..",
                    "app.mixpos.ui..", "app.mixpos.till..", "app.mixpos.wiring..", "javafx..");
}
