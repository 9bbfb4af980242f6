package io.ike4j.vectors.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Gradle files (settings.gradle.kts, build.gradle.kts) declare the same modules, Java release,
 * coordinates and versions as the Maven poms. Gradle cannot run here, so this is the guard.
 */
class BuildFilesConsistencyTest {
    private static final Path ROOT = findRoot();

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("settings.gradle.kts"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no settings.gradle.kts above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Function<String, String> POMS = m -> read(ROOT.resolve(m).resolve("pom.xml"));

    @Test
    void gradleMirrorsMaven() {
        BuildModel maven = BuildModel.fromPoms(POMS);
        BuildModel gradle = BuildModel.fromGradle(read(ROOT.resolve("settings.gradle.kts")),
                read(ROOT.resolve("build.gradle.kts")));
        List<String> diff = maven.diff(gradle);
        assertTrue(diff.isEmpty(), "poms (first) and Gradle files (second) diverge:\n" + String.join("\n", diff));
        // The model really read something: the pinned versions the issue names.
        assertEquals("17", maven.javaRelease());
        assertTrue(maven.modules().containsAll(List.of("ike-crypto", "ike-core", "ike-testvectors", "ike-cli")));
        assertTrue(maven.dependencies().get("ike-crypto").contains("org.bouncycastle:bcprov-jdk18on:1.82@compile"));
        assertTrue(maven.dependencies().get("ike-core").contains("io.netty:netty-buffer:4.2.7.Final@compile"));
        assertTrue(maven.dependencies().get("ike-core").contains("org.junit.jupiter:junit-jupiter:5.13.4@test"));
        assertTrue(maven.dependencies().get("ike-core").contains("project:ike-crypto@compile"));
    }

    @Test
    void aVersionChangedOnlyInGradleIsCaught() {
        String build = read(ROOT.resolve("build.gradle.kts")).replace("bcprov-jdk18on:1.82", "bcprov-jdk18on:1.81");
        List<String> diff = BuildModel.fromPoms(POMS).diff(
                BuildModel.fromGradle(read(ROOT.resolve("settings.gradle.kts")), build));
        assertFalse(diff.isEmpty());
        assertTrue(diff.stream().anyMatch(l -> l.contains("bcprov-jdk18on:1.81")), diff.toString());
    }

    @Test
    void aVersionChangedOnlyInTheRootPomIsCaught() {
        Function<String, String> poms = m -> m.isEmpty()
                ? POMS.apply(m).replace("<netty.version>4.2.7.Final</netty.version>", "<netty.version>4.2.8.Final</netty.version>")
                : POMS.apply(m);
        List<String> diff = BuildModel.fromPoms(poms).diff(BuildModel.fromGradle(
                read(ROOT.resolve("settings.gradle.kts")), read(ROOT.resolve("build.gradle.kts"))));
        assertTrue(diff.stream().anyMatch(l -> l.contains("netty-buffer:4.2.8.Final")), diff.toString());
    }

    @Test
    void aModuleMissingFromOneBuildIsCaught() {
        String settings = read(ROOT.resolve("settings.gradle.kts")).replace("include(\"ike-cli\")", "");
        List<String> diff = BuildModel.fromPoms(POMS).diff(
                BuildModel.fromGradle(settings, read(ROOT.resolve("build.gradle.kts"))));
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("modules")), diff.toString());
    }

    @Test
    void aDependencyAddedToOneModulePomIsCaught() {
        Function<String, String> poms = m -> m.equals("ike-cli")
                ? POMS.apply(m).replace("<dependencies>", "<dependencies><dependency><groupId>org.example</groupId>"
                + "<artifactId>extra</artifactId><version>1.0</version></dependency>")
                : POMS.apply(m);
        List<String> diff = BuildModel.fromPoms(poms).diff(BuildModel.fromGradle(
                read(ROOT.resolve("settings.gradle.kts")), read(ROOT.resolve("build.gradle.kts"))));
        assertTrue(diff.contains("ike-cli: org.example:extra:1.0@compile only in the first build"), diff.toString());
    }
}
