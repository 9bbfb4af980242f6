// Gradle mirror of the Maven reactor: same modules, Java version, coordinates and versions as the
// poms. BuildFilesConsistencyTest (ike-testvectors) parses both and fails when they diverge.

allprojects {
    group = "io.ike4j"
    version = "0.1.0-SNAPSHOT"
}

subprojects {
    apply(plugin = "java-library")

    repositories {
        mavenCentral()
    }

    configure<JavaPluginExtension> {
        toolchain {
            languageVersion.set(JavaLanguageVersion.of(17))
        }
    }

    dependencies {
        "testImplementation"("org.junit.jupiter:junit-jupiter:5.13.4")
        "testImplementation"("net.jqwik:jqwik:1.9.3")
        "testRuntimeOnly"("org.slf4j:slf4j-simple:2.0.17")
    }

    // Main code compiles as a module (module-info.java); test source sets have none, so Gradle runs tests on the
    // class path, as Maven's surefire does with useModulePath=false.
    tasks.withType<Test> {
        useJUnitPlatform()
    }

    // API docs as maven-javadoc-plugin makes them: doclint all, any warning fails, qualified exports are not API.
    tasks.withType<Javadoc> {
        exclude("io/ike4j/capture/**", "io/ike4j/negotiator/proposal/**", "io/ike4j/crypto/vectors/**")
        (options as StandardJavadocDocletOptions).apply {
            addBooleanOption("Xdoclint:all", true)
            addBooleanOption("Werror", true)
        }
    }
}

project(":ike-crypto") {
    dependencies {
        "implementation"("org.bouncycastle:bcprov-jdk18on:1.82")
        "implementation"("org.slf4j:slf4j-api:2.0.17")
    }
}

project(":ike-core") {
    dependencies {
        "api"(project(":ike-crypto"))
        "api"("io.netty:netty-buffer:4.2.7.Final")
        "implementation"("org.slf4j:slf4j-api:2.0.17")
        "testImplementation"("com.code-intelligence:jazzer-junit:0.24.0")
    }
}

project(":ike-testvectors") {
    tasks.named("javadoc") { enabled = false } // exports nothing: no API docs
    dependencies {
        "implementation"(project(":ike-core"))
        "implementation"(project(":ike-crypto"))
        "testImplementation"(project(":ike-cli")) // FuzzCharonTest runs `ike fuzz`
    }
}

project(":ike-cli") {
    tasks.named("javadoc") { enabled = false } // exports nothing: no API docs
    apply(plugin = "application")
    dependencies {
        "implementation"(project(":ike-core"))
        "implementation"(project(":ike-crypto"))
        "runtimeOnly"("org.slf4j:slf4j-simple:2.0.17")
    }
    configure<JavaApplication> {
        mainClass.set("io.ike4j.cli.Main")
        applicationName = "ike"
    }
}

project(":ike-bench") {
    tasks.named("javadoc") { enabled = false } // exports nothing: no API docs
    dependencies {
        "implementation"(project(":ike-core"))
        "implementation"(project(":ike-crypto"))
        "implementation"("org.openjdk.jmh:jmh-core:1.37")
        "compileOnly"("org.openjdk.jmh:jmh-generator-annprocess:1.37")
        "annotationProcessor"("org.openjdk.jmh:jmh-generator-annprocess:1.37")
    }
}

project(":ike-junit") {
    dependencies {
        "api"(project(":ike-core"))
        "api"(project(":ike-crypto"))
        "api"("org.junit.jupiter:junit-jupiter-api:5.13.4")
    }
}
