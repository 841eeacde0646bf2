package org.factdesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
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
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The package rules of STYLE.md, checked on the compiled main classes. */
class ArchitectureTest {

    /**
     * Unannotated on purpose: the seed import reads the default language at start-up, before anyone signs in, and the
     * overdue check reads the desk's time zone in a scheduled job, where nobody is signed in.
     */
    private static final String[] WITHOUT_USER = {"org.factdesk.desk.DeskSettingsService.defaultLanguage()",
            "org.factdesk.desk.DeskSettingsService.zone()"};

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

    private static DescribedPredicate<JavaMethod> fullNameIn(String... names) {
        Set<String> wanted = Set.of(names);
        return DescribedPredicate.describe("one of " + wanted, method -> wanted.contains(method.getFullName()));
    }
}
