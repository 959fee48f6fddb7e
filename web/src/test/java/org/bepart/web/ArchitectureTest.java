package org.bepart.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The web module's packages depend on each other without a cycle, and pages change entities only through the
 * services: no web class calls a setter of an entity (a class annotated {@code @Entity} or {@code @Embeddable}).
 */
class ArchitectureTest {

    /** Only this module's compiled classes (surefire runs in the module's folder). */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.bepart.web.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noWebClassCallsAnEntitySetter() {
        DescribedPredicate<JavaMethodCall> entitySetter = DescribedPredicate.describe("a setter of an entity",
                call -> call.getTarget().getName().startsWith("set")
                        && (call.getTargetOwner().isAnnotatedWith(Entity.class)
                        || call.getTargetOwner().isAnnotatedWith(Embeddable.class)));
        noClasses().that().resideInAPackage("org.bepart.web..").should().callMethodWhere(entitySetter)
                .check(CLASSES);
    }
}
