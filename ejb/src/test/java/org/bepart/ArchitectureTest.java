package org.bepart;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The ejb module's packages depend on each other without a cycle. */
class ArchitectureTest {

    /** Only this module's compiled classes (surefire runs in the module's folder). */
    private static final JavaClasses CLASSES = new ClassFileImporter().importPath(Path.of("target/classes"));

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.bepart.(**)").should().beFreeOfCycles()
                .check(CLASSES);
    }
}
