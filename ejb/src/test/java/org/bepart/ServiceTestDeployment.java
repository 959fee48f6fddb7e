package org.bepart;

import org.bepart.account.TestMailServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The one deployment of all service tests: the EJB module with its libraries, as the EAR holds them, GreenMail, and
 * every test class. The Arquillian suite extension (arquillian.xml) deploys it once, so one Payara Micro serves every
 * test class instead of one start per class. Test classes share its database: each makes the data it needs.
 */
public final class ServiceTestDeployment {

    private ServiceTestDeployment() {
    }

    @Deployment
    public static WebArchive deployment() {
        File[] libs = new File(System.getProperty("bepart.testLibs")).listFiles((dir, name) -> name.endsWith(".jar"));
        File[] ejbJar = new File("target").listFiles((dir, name) -> name.matches("bepart-ejb-.*\\.jar"));
        WebArchive war = ShrinkWrap.create(WebArchive.class, "bepart-services-test.war")
                .addAsLibraries(Objects.requireNonNull(libs))
                .addAsLibraries(Objects.requireNonNull(ejbJar))
                .addAsLibraries(TestMailServer.libraries())
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        Path classes = Path.of("target", "test-classes");
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(ServiceTestDeployment::inContainer).forEach(file -> war.addAsWebInfResource(file.toFile(),
                    "classes/" + classes.relativize(file).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    /** Every compiled test class but the architecture rules (ArchUnit is not deployed). */
    private static boolean inContainer(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") && !name.startsWith("ArchitectureTest");
    }
}
