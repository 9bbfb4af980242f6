package io.ike4j.vectors.build;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ike-core must never depend on BouncyCastle (architecture.md: it talks to the io.ike4j.crypto interfaces
 * only). Checks every .java file under ike-core/src (main and test) for any use of the name
 * {@code org.bouncycastle} in code — imports, fully qualified names, reflective class-name strings —
 * after undoing unicode escapes and removing comments and whitespace as javac's lexer would; checks
 * that ike-core's pom declares no BouncyCastle dependency and keeps bcprov excluded from the ike-crypto
 * dependency; and that the Gradle block for ike-core names no BouncyCastle artifact. The scanner itself
 * is tested on synthetic sources so this guard can fail.
 */
class CoreHasNoBouncyCastleTest {
    private static final Path ROOT = findRoot();

    private static Path findRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isDirectory(p.resolve("ike-core")) && Files.exists(p.resolve("pom.xml")))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no ike-core module above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    // --- the scanner -------------------------------------------------------------------------------

    /** The source with unicode escapes decoded (JLS §3.3), comments removed and whitespace dropped. */
    static String codeOnly(String source) {
        String s = decodeUnicodeEscapes(source);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2; // whitespace is dropped anyway, so nothing stands in for it
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                int stop = end < 0 ? n : end + 3;
                out.append(s, i, stop);
                i = stop;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int stop = Math.min(n, j + 1);
                out.append(s, i, stop);
                i = stop;
            } else {
                if (!Character.isWhitespace(c)) {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    private static String decodeUnicodeEscapes(String s) {
        Matcher m = Pattern.compile("\\\\u+([0-9a-fA-F]{4})").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when the source uses BouncyCastle: its package name in code or in a string (reflection). */
    static boolean namesBouncyCastle(String source) {
        String code = codeOnly(source);
        return code.contains("org.bouncycastle") || code.contains("org/bouncycastle");
    }

    @Test
    void scannerCatchesEveryForm() {
        assertTrue(namesBouncyCastle("package a;\nimport org.bouncycastle.crypto.digests.SHA256Digest;\nclass A {}"));
        assertTrue(namesBouncyCastle("import static org.bouncycastle.util.Arrays.concatenate;"));
        assertTrue(namesBouncyCastle("class A { Object d = new org.bouncycastle.crypto.digests.SHA1Digest(); }"));
        assertTrue(namesBouncyCastle("import org . bouncycastle . crypto . Digest ;"));
        assertTrue(namesBouncyCastle("import org./* x */bouncycastle.crypto.Digest;"));
        assertTrue(namesBouncyCastle("import org.\n    bouncycastle.crypto.Digest;"));
        assertTrue(namesBouncyCastle("import \\u006frg.bouncycastle.crypto.Digest;"));
        assertTrue(namesBouncyCastle("class A { Class<?> c = Class.forName(\"org.bouncycastle.jce.provider.BouncyCastleProvider\"); }"));
        assertTrue(namesBouncyCastle("class A { String r = \"/org/bouncycastle/x.properties\"; }"));
        assertTrue(namesBouncyCastle("class A { String t = \"\"\"\n  org.bouncycastle.X\n  \"\"\"; }"));
    }

    @Test
    void scannerIgnoresCommentsAndOtherNames() {
        assertFalse(namesBouncyCastle("// never import org.bouncycastle here\nclass A {}"));
        assertFalse(namesBouncyCastle("/** Unlike org.bouncycastle.crypto, this uses the SPI. */ class A {}"));
        assertFalse(namesBouncyCastle("import io.ike4j.crypto.CryptoProvider; class BouncyCastleFree {}"));
        assertFalse(namesBouncyCastle("class A { String s = \"// not a comment\"; int org = 1; int bouncycastle = org; }"));
        assertFalse(namesBouncyCastle("class A { char q = '\"'; } // org.bouncycastle"));
    }

    @Test
    void coreSourcesDoNotNameBouncyCastle() throws IOException {
        Path src = ROOT.resolve("ike-core/src");
        assertTrue(Files.isDirectory(src.resolve("main/java")), src + " missing");
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                scanned++;
                if (namesBouncyCastle(Files.readString(f))) {
                    offenders.add(ROOT.relativize(f).toString());
                }
            }
        }
        System.out.println("CoreHasNoBouncyCastleTest: " + scanned + " ike-core sources scanned, "
                + offenders.size() + " name org.bouncycastle");
        assertTrue(scanned > 50, "suspiciously few ike-core sources: " + scanned);
        assertEquals(List.of(), offenders);
    }

    // --- build files ------------------------------------------------------------------------------

    /** groupId:artifactId of the pom's direct dependencies (not exclusions, not plugins). */
    static List<String> directDependencies(String pomXml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(pomXml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getDocumentElement();
        List<String> out = new ArrayList<>();
        for (Element deps : children(project, "dependencies")) {
            for (Element dep : children(deps, "dependency")) {
                out.add(text(dep, "groupId") + ":" + text(dep, "artifactId"));
            }
        }
        // dependencyManagement in ike-core would also be a declaration
        for (Element mgmt : children(project, "dependencyManagement")) {
            for (Element deps : children(mgmt, "dependencies")) {
                for (Element dep : children(deps, "dependency")) {
                    out.add(text(dep, "groupId") + ":" + text(dep, "artifactId"));
                }
            }
        }
        return out;
    }

    /** groupId:artifactId excluded from the dependency {@code artifactId}. */
    static List<String> exclusionsOf(String pomXml, String artifactId) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element project = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(pomXml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getDocumentElement();
        List<String> out = new ArrayList<>();
        for (Element deps : children(project, "dependencies")) {
            for (Element dep : children(deps, "dependency")) {
                if (artifactId.equals(text(dep, "artifactId"))) {
                    for (Element exs : children(dep, "exclusions")) {
                        for (Element ex : children(exs, "exclusion")) {
                            out.add(text(ex, "groupId") + ":" + text(ex, "artifactId"));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
    }

    private static boolean isBouncyCastle(String coordinate) {
        return coordinate.startsWith("org.bouncycastle:") || coordinate.contains(":bcprov")
                || coordinate.contains(":bcpkix") || coordinate.contains(":bcutil");
    }

    @Test
    void pomCheckCanFail() throws Exception {
        String bad = "<project><dependencies><dependency><groupId>org.bouncycastle</groupId>"
                + "<artifactId>bcprov-jdk18on</artifactId></dependency></dependencies></project>";
        assertTrue(directDependencies(bad).stream().anyMatch(CoreHasNoBouncyCastleTest::isBouncyCastle));
        String excludedOnly = "<project><dependencies><dependency><groupId>io.ike4j</groupId>"
                + "<artifactId>ike-crypto</artifactId><exclusions><exclusion><groupId>org.bouncycastle</groupId>"
                + "<artifactId>bcprov-jdk18on</artifactId></exclusion></exclusions></dependency></dependencies></project>";
        assertFalse(directDependencies(excludedOnly).stream().anyMatch(CoreHasNoBouncyCastleTest::isBouncyCastle));
        assertEquals(List.of("org.bouncycastle:bcprov-jdk18on"), exclusionsOf(excludedOnly, "ike-crypto"));
    }

    @Test
    void corePomDeclaresNoBouncyCastleAndExcludesIt() throws Exception {
        String pom = Files.readString(ROOT.resolve("ike-core/pom.xml"));
        List<String> deps = directDependencies(pom);
        assertTrue(deps.contains("io.ike4j:ike-crypto"), deps.toString());
        assertEquals(List.of(), deps.stream().filter(CoreHasNoBouncyCastleTest::isBouncyCastle).toList());
        // ike-crypto brings bcprov transitively: ike-core must exclude it to keep it off its compile path
        assertTrue(exclusionsOf(pom, "ike-crypto").contains("org.bouncycastle:bcprov-jdk18on"),
                "ike-core must exclude bcprov from ike-crypto");
    }

    @Test
    void gradleCoreBlockNamesNoBouncyCastle() throws IOException {
        Path gradle = ROOT.resolve("build.gradle.kts");
        if (!Files.exists(gradle)) {
            return; // the Maven build is the reference; the Gradle mirror is optional
        }
        String text = Files.readString(gradle);
        int start = text.indexOf("project(\":ike-core\")");
        assertTrue(start >= 0, "no ike-core block in build.gradle.kts");
        int next = text.indexOf("project(\":", start + 1);
        String block = text.substring(start, next < 0 ? text.length() : next);
        assertFalse(block.contains("bouncycastle") || block.contains("bcprov"), block);
    }
}
