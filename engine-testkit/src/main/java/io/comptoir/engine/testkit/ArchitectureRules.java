package io.comptoir.engine.testkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;

import java.util.Map;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of the engine and its plugins, as rules every module's tests check with ArchUnit: engine-api depends
 * on nothing, a plugin sees the engine only through engine-api (and the plugin kit) and shows the rest of the world only
 * its {@code api} package, and no module has a package cycle.
 */
public final class ArchitectureRules {
    private static final String ENGINE_API = "io.comptoir.engine.api..";
    private static final String PLUGIN_KIT = "io.comptoir.plugin.kit..";

    private ArchitectureRules() {
    }

    /** The production classes under a package (tests left out). */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(rootPackage);
    }

    /** The production and test classes under a package. */
    public static JavaClasses allClassesOf(String rootPackage) {
        return new ClassFileImporter().importPackages(rootPackage);
    }

    /** No cycle between the packages under {@code rootPackage} (each package is a slice of its own). */
    public static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(**)").should().beFreeOfCycles().allowEmptyShould(true);
    }

    /**
     * No cycle between the packages under {@code rootPackage} but through the dependencies named, which are known and
     * waived one by one (from the package {@code from} to the package {@code to}, both relative to the root).
     */
    public static ArchRule noPackageCyclesBut(String rootPackage, Map<String, String> waivedFromTo) {
        SliceRule rule = slices().matching(rootPackage + ".(**)").should().beFreeOfCycles();
        for (Map.Entry<String, String> waived : waivedFromTo.entrySet()) {
            rule = rule.ignoreDependency(resideInAPackage(rootPackage + "." + waived.getKey() + ".."),
                    resideInAPackage(rootPackage + "." + waived.getValue() + ".."));
        }
        return rule.allowEmptyShould(true);
    }

    /** engine-api uses the JDK only: no library, and nothing of the engine's implementation. */
    public static ArchRule engineApiDependsOnNothing() {
        return classes().that().resideInAPackage(ENGINE_API).should().onlyDependOnClassesThat()
                .resideInAnyPackage(ENGINE_API, "java..", "javax.sql..").because("engine-api is the small, dependency-free surface of the engine");
    }

    /**
     * The plugin kit depends on engine-api, JDBI, SLF4J and CommonMark (its safe Markdown) only, never on the engine's
     * implementation.
     */
    public static ArchRule pluginKitDependsOnTheApiOnly() {
        return classes().that().resideInAPackage(PLUGIN_KIT).should().onlyDependOnClassesThat()
                .resideInAnyPackage(PLUGIN_KIT, ENGINE_API, "java..", "javax.sql..", "org.jdbi..", "org.slf4j..", "org.commonmark..");
    }

    /** The SMTP transport implements engine-api's SPI with Jakarta Mail alone: nothing of engine-core, the plugins or the app. */
    public static ArchRule mailTransportSeesOnlyTheApi(String transportPackage) {
        return classes().that().resideInAPackage(transportPackage + "..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(transportPackage + "..", ENGINE_API, "java..", "jakarta.mail..", "org.eclipse.angus.mail..")
                .because("a mail transport is an engine-api SPI implementation, usable by any application embedding the engine");
    }

    /**
     * A plugin ({@code io.comptoir.vouchers}) sees the engine through engine-api and the plugin kit only: not engine-core,
     * not another plugin, not an application.
     */
    public static ArchRule pluginSeesOnlyTheApi(String pluginPackage) {
        return noClasses().that().resideInAPackage(pluginPackage + "..").should().dependOnClassesThat(
                        resideInAPackage("io.comptoir..").and(not(resideInAnyPackage(pluginPackage + "..", ENGINE_API, PLUGIN_KIT))))
                .because("a plugin sees the engine only through engine-api (and the plugin kit)");
    }

    /** A plugin's {@code api} package, its public surface, uses engine-api and the JDK only. */
    public static ArchRule pluginApiIsSelfContained(String pluginPackage) {
        return classes().that().resideInAPackage(pluginPackage + ".api..").should().onlyDependOnClassesThat()
                .resideInAnyPackage(pluginPackage + ".api..", ENGINE_API, "java..")
                .because("what a plugin offers the world is described in its api package, without its internals");
    }

    /**
     * Outside the plugin, only its {@code api} package and its entry class (the {@code EnginePlugin} the engine loads)
     * are used.
     */
    public static ArchRule onlyThePluginsApiIsUsed(String pluginPackage) {
        return noClasses().that().resideOutsideOfPackage(pluginPackage + "..").should().dependOnClassesThat(
                        resideInAPackage(pluginPackage + "..").and(not(resideInAPackage(pluginPackage + ".api.."))).and(
                                not(JavaClass.Predicates.assignableTo("io.comptoir.engine.api.plugin.EnginePlugin"))))
                .because("a plugin's public surface is its api package");
    }

    /**
     * SqlObject lists are bound as one SQL array ({@code id = ANY(:ids)}, see the plugin kit's {@code Jdbis}), never with
     * {@code @BindList}: an expanded list gives the statement a new text for every length met, which JDBI parses and
     * PostgreSQL plans anew.
     */
    public static ArchRule listsBoundAsArrays(String rootPackage) {
        return noClasses().that().resideInAPackage(rootPackage + "..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.jdbi.v3.sqlobject.customizer.BindList")
                .because("a list bound as one array keeps one statement text whatever its length: bind it with @Bind and = ANY(:name)");
    }

    /**
     * Every rule of a plugin's module: it sees the engine through engine-api and the plugin kit only, its {@code api}
     * package uses engine-api alone, it has no package cycle, and its lists are bound as arrays.
     */
    public static ArchRule plugin(String pluginPackage) {
        return CompositeArchRule.of(pluginSeesOnlyTheApi(pluginPackage)).and(pluginApiIsSelfContained(pluginPackage))
                .and(noPackageCycles(pluginPackage)).and(listsBoundAsArrays(pluginPackage));
    }
}
