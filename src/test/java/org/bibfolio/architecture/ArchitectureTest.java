package org.bibfolio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.Console;

/** The package rules of docs/architecture.md, checked on every build. */
@AnalyzeClasses(packages = "org.bibfolio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelUsesOnlyTheJdk = classes().that().resideInAPackage("org.bibfolio.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.bibfolio.model..", "java..")
            .because("the model must not know BibTeX syntax, Lucene, Jackson or picocli");

    @ArchTest
    static final ArchRule luceneOnlyInSearch = noClasses().that().resideOutsideOfPackage("org.bibfolio.search..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("the index is derived data behind one package");

    @ArchTest
    static final ArchRule picocliOnlyInCli = noClasses().that().resideOutsideOfPackage("org.bibfolio.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("use cases must run without a command line");

    @ArchTest
    static final ArchRule jacksonOnlyInJsonAndSources = noClasses().that()
            .resideOutsideOfPackages("org.bibfolio.json..", "org.bibfolio.sources..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("our JSON shapes are written in json; the services' shapes are read in sources (ADR 0007)");

    @ArchTest
    static final ArchRule httpOnlyInSources = noClasses().that().resideOutsideOfPackage("org.bibfolio.sources..")
            .should().dependOnClassesThat().resideInAPackage("java.net.http..")
            .because("the network (time-outs, retries, User-Agent, rate limits) lives behind one package");

    @ArchTest
    static final ArchRule citeprocOnlyInCsl = noClasses().that().resideOutsideOfPackage("org.bibfolio.style.csl..")
            .should().dependOnClassesThat().resideInAPackage("de.undercouch..")
            .because("citeproc-java's internal classes are pinned behind one package");

    @ArchTest
    static final ArchRule dataFlowsOneWay = noClasses().that().resideInAnyPackage("org.bibfolio.bibtex..",
                    "org.bibfolio.style..", "org.bibfolio.search..", "org.bibfolio.app..", "org.bibfolio.json..")
            .should().dependOnClassesThat().resideInAPackage("org.bibfolio.cli..")
            .because("library.bib → bibtex → model → (style | search) → cli, never back");

    @ArchTest
    static final ArchRule bibtexKnowsNoRendering = noClasses().that().resideInAPackage("org.bibfolio.bibtex..")
            .should().dependOnClassesThat().resideInAnyPackage("org.bibfolio.style..", "org.bibfolio.search..",
                    "org.bibfolio.app..")
            .because("reading the library comes before styles and search");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.bibfolio.(*)..").should().beFreeOfCycles()
            .because("each layer builds on those below it only (docs/architecture.md); a cycle makes two "
                    + "packages one that cannot be understood, tested or replaced apart");

    /** Reading or writing the process's own streams: System.in/out/err, the Console, a bare printStackTrace(). */
    private static final ArchCondition<JavaClass> TOUCH_STANDARD_STREAMS = ArchConditions
            .<JavaClass>accessField(System.class, "in")
            .or(ArchConditions.accessField(System.class, "out"))
            .or(ArchConditions.accessField(System.class, "err"))
            .or(ArchConditions.callMethod(System.class, "console"))
            .or(ArchConditions.dependOnClassesThat(JavaClass.Predicates.assignableTo(Console.class)))
            .or(ArchConditions.callMethod(Throwable.class, "printStackTrace"))
            .as("touch the standard streams");

    @ArchTest
    static final ArchRule onlyTheCliTouchesStandardStreams = noClasses()
            .that().resideOutsideOfPackage("org.bibfolio.cli..")
            .should(TOUCH_STANDARD_STREAMS)
            .because("use cases return results and throw; the CLI alone decides what reaches the user, so stdout "
                    + "stays the result alone and tests capture everything in-process");

    /**
     * The two named exceptions: {@code Main} hands the process's stdout and stderr to picocli, and
     * {@code CliContext.ofProcess} takes stdin and whether a person sits at a terminal. Every command prints
     * through {@code spec.commandLine().getOut()/getErr()} and reads {@code CliContext}, so tests run them as is.
     */
    @ArchTest
    static final ArchRule commandsUseTheirContextNotTheProcess = noClasses()
            .that().resideInAPackage("org.bibfolio.cli..")
            .and().doNotHaveSimpleName("Main").and().doNotHaveSimpleName("CliContext")
            .should(TOUCH_STANDARD_STREAMS)
            .because("a command that reads System.in or System.console() behaves differently in a test than for "
                    + "a user");
}
