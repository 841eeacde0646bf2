package org.factdesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.base.ui.Formats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The package rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {

    /**
     * Unannotated on purpose: the seed import reads the default language at start-up, before anyone signs in; the
     * overdue check reads the desk's time zone and records overdue claims in a scheduled job; a source's background
     * archiving records its result for the user who asked: in all of these nobody is signed in.
     */
    private static final String[] WITHOUT_USER = {"org.factdesk.desk.DeskSettingsService.defaultLanguage()",
            "org.factdesk.desk.DeskSettingsService.zone()",
            "org.factdesk.claim.ClaimWorkflow.recordOverdue(java.time.LocalDate)",
            "org.factdesk.claim.ClaimResearch.recordFor(java.lang.String, long, java.lang.String, java.lang.String, "
                    + "java.lang.String, java.lang.String)",
            "org.factdesk.claim.ClaimResearch.announce(long, java.lang.String, java.lang.String)",
            "org.factdesk.claim.ClaimShapingService.rescoreUntouched(java.lang.String, long, int)"};

    /** A package holds at most this many Java files side by side (sub-packages not counted), in main or in test. */
    private static final int MAX_FILES_PER_PACKAGE = 40;

    /**
     * Packages over {@link #MAX_FILES_PER_PACKAGE} that wait for a move: this list only shrinks (a test fails when one of
     * them is no longer over, so the entry must go). Empty since issue 11 split the claim package.
     */
    private static final Set<String> STILL_TOO_LARGE = Set.of();

    /** The features built on the claim: they depend on it, it never depends on them. */
    private static final String[] ABOVE_CLAIM = {"org.factdesk.source..", "org.factdesk.comment..",
            "org.factdesk.workflow..", "org.factdesk.notification..", "org.factdesk.report.."};

    /** Features under the claim: the claim may use them, they never use the claim or anything above it. */
    private static final String[] BELOW_CLAIM = {"org.factdesk.article..", "org.factdesk.extraction..",
            "org.factdesk.fetch..", "org.factdesk.rating.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.factdesk");
    }

    @Test
    void ui_classes_never_depend_on_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call services, never repositories")
                .check(classes);
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching("org.factdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void base_depends_on_no_other_factdesk_package() {
        noClasses().that().resideInAPackage("org.factdesk.base..")
                .should().dependOnClassesThat(resideInAPackage("org.factdesk..")
                        .and(not(resideInAPackage("org.factdesk.base.."))))
                .because("features contribute to base through interfaces base defines")
                .check(classes);
    }

    @Test
    void every_route_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void layouts_and_error_views_declare_who_may_see_them() {
        classes().that().areAnnotatedWith(Layout.class).or().implement(HasErrorParameter.class)
                .should().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void every_public_service_method_is_guarded_by_method_security() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and(not(fullNameIn(WITHOUT_USER)))
                .should().beAnnotatedWith(PreAuthorize.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void the_exceptions_still_name_existing_methods() {
        for (String name : WITHOUT_USER) {
            methods().that().haveFullName(name).should().notBeAnnotatedWith(PreAuthorize.class)
                    .allowEmptyShould(false)
                    .check(classes);
        }
    }

    @Test
    void the_leaves_depend_on_no_feature_and_no_framework() {
        for (String leaf : new String[] {"org.factdesk.extraction", "org.factdesk.fetch"}) {
            noClasses().that().resideInAPackage(leaf + "..")
                    .should().dependOnClassesThat(resideInAPackage("org.factdesk..")
                            .and(not(resideInAPackage(leaf + "..")))
                            .and(not(resideInAPackage("org.factdesk.base"))))
                    .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                            "com.vaadin..")
                    .because("a leaf is plain Java that any feature may use (base's plain helpers aside)")
                    .check(classes);
        }
    }

    @Test
    void the_features_below_the_claim_never_depend_on_it_or_above() {
        noClasses().that().resideInAnyPackage(BELOW_CLAIM)
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.claim..")
                .orShould().dependOnClassesThat().resideInAnyPackage(ABOVE_CLAIM)
                .because("dependencies between features go one way: claim -> article, extraction, rating, fetch")
                .check(classes);
    }

    @Test
    void the_claim_never_depends_on_the_features_built_on_it() {
        noClasses().that().resideInAPackage("org.factdesk.claim..")
                .should().dependOnClassesThat().resideInAnyPackage(ABOVE_CLAIM)
                .because("sources, comments, workflow, notification and report depend on the claim, never the reverse")
                .check(classes);
    }

    @Test
    void workflow_and_notification_depend_on_the_claim_not_on_each_other() {
        noClasses().that().resideInAPackage("org.factdesk.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.workflow..", "org.factdesk.report..")
                .because("notifications follow the claim's changes, whoever made them")
                .check(classes);
        noClasses().that().resideInAPackage("org.factdesk.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.notification..",
                        "org.factdesk.report..")
                .because("the workflow's rules change claims; notifications and reports follow")
                .check(classes);
    }

    @Test
    void reports_read_claims_articles_ratings_and_the_workflow_but_never_notifications() {
        noClasses().that().resideInAPackage("org.factdesk.report..")
                .should().dependOnClassesThat().resideInAPackage("org.factdesk.notification..")
                .because("report -> claim, article, rating, workflow")
                .check(classes);
    }

    @Test
    void only_the_workflows_rules_call_the_claims_command_api() {
        noClasses().that().resideOutsideOfPackages("org.factdesk.claim", "org.factdesk.workflow")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.factdesk.claim.ClaimWorkflow")
                .because("a claim's status changes only through the workflow's guarded services (decision 014)")
                .check(classes);
    }

    @Test
    void only_sources_and_comments_call_the_claims_research_api() {
        noClasses().that().resideOutsideOfPackages("org.factdesk.claim", "org.factdesk.source", "org.factdesk.comment")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.factdesk.claim.ClaimResearch")
                .because("a claim's research changes only through the sources' and comments' guarded services")
                .check(classes);
    }

    @Test
    void sources_and_comments_know_nothing_of_each_other_nor_of_the_workflow() {
        noClasses().that().resideInAPackage("org.factdesk.source..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.comment..", "org.factdesk.workflow..",
                        "org.factdesk.notification..", "org.factdesk.report..")
                .because("sources are evidence on a claim; who reads them comes above")
                .check(classes);
        noClasses().that().resideInAPackage("org.factdesk.comment..")
                .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.source..", "org.factdesk.workflow..",
                        "org.factdesk.notification..", "org.factdesk.report..")
                .because("comments are a claim's thread; notifications and the workflow use them, not the reverse")
                .check(classes);
    }

    @Test
    void a_feature_never_depends_on_a_screen() {
        // Two known exceptions: the security configuration names the login view (Vaadin's sign-in page), and the
        // desk report's texts share the screens' date formats.
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveFullyQualifiedName("org.factdesk.security.SecurityConfig")
                .should().dependOnClassesThat(resideInAPackage("org.factdesk..ui..")
                        .and(not(JavaClass.Predicates.equivalentTo(Formats.class))))
                .because("ui depends on its feature, never the reverse")
                .check(classes);
    }

    @Test
    void no_package_holds_more_than_forty_java_files_side_by_side() throws IOException {
        Map<String, Long> sizes = packageSizes();
        Map<String, Long> tooLarge = sizes.entrySet().stream()
                .filter(entry -> entry.getValue() > MAX_FILES_PER_PACKAGE && !STILL_TOO_LARGE.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(tooLarge).as("packages over " + MAX_FILES_PER_PACKAGE + " files")
                .isEmpty();
        for (String exception : STILL_TOO_LARGE) {
            assertThat(sizes.getOrDefault(exception, 0L)).as(exception
                    + " is no longer too large: remove it from STILL_TOO_LARGE").isGreaterThan(MAX_FILES_PER_PACKAGE);
        }
    }

    private static Map<String, Long> packageSizes() throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        for (String root : new String[] {"src/main/java", "src/test/java"}) {
            Path base = Path.of(root);
            try (Stream<Path> files = Files.walk(base)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> sizes.merge(
                        root + ":" + base.relativize(file.getParent()).toString().replace('\\', '/'), 1L, Long::sum));
            }
        }
        // A package's size is its larger side: its main classes or its tests.
        Map<String, Long> larger = new TreeMap<>();
        sizes.forEach((key, count) -> larger.merge(key.substring(key.indexOf(':') + 1), count, Math::max));
        return larger;
    }

    private static DescribedPredicate<JavaMethod> fullNameIn(String... names) {
        Set<String> wanted = Set.of(names);
        return DescribedPredicate.describe("one of " + wanted, method -> wanted.contains(method.getFullName()));
    }
}
