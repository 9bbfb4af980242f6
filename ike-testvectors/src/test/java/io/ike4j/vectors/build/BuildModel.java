package io.ike4j.vectors.build;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a build declares: group, version, Java release, modules, and per module the dependencies as
 * {@code group:artifact:version@scope} (project dependencies as {@code project:NAME@scope}). Scopes
 * are Maven's: compile, runtime, test, provided. Built from the poms or from the Gradle Kotlin files.
 */
record BuildModel(String group, String version, String javaRelease, SortedSet<String> modules,
                  SortedMap<String, SortedSet<String>> dependencies) {

    /** Lines describing each difference between two models; empty when they agree. */
    List<String> diff(BuildModel other) {
        List<String> out = new ArrayList<>();
        compare(out, "group", group, other.group);
        compare(out, "version", version, other.version);
        compare(out, "Java release", javaRelease, other.javaRelease);
        compare(out, "modules", modules, other.modules);
        for (String m : new TreeSet<>(union(dependencies.keySet(), other.dependencies.keySet()))) {
            SortedSet<String> a = dependencies.getOrDefault(m, new TreeSet<>());
            SortedSet<String> b = other.dependencies.getOrDefault(m, new TreeSet<>());
            for (String d : a) {
                if (!b.contains(d)) {
                    out.add(m + ": " + d + " only in the first build");
                }
            }
            for (String d : b) {
                if (!a.contains(d)) {
                    out.add(m + ": " + d + " only in the second build");
                }
            }
        }
        return out;
    }

    private static void compare(List<String> out, String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(what + ": " + a + " vs " + b);
        }
    }

    private static SortedSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        SortedSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return s;
    }

    // ---- Maven ----

    /**
     * @param poms reads a pom by module directory name ("" for the root)
     */
    static BuildModel fromPoms(Function<String, String> poms) {
        Element root = parse(poms.apply("")).getDocumentElement();
        Map<String, String> props = new HashMap<>();
        Element properties = child(root, "properties");
        if (properties != null) {
            for (Element p : children(properties)) {
                props.put(p.getTagName(), p.getTextContent().trim());
            }
        }
        String group = text(root, "groupId");
        String version = text(root, "version");
        props.put("project.version", version);
        SortedSet<String> modules = new TreeSet<>();
        collectModules(root, modules);
        Map<String, String> managed = new HashMap<>();
        Element dm = child(root, "dependencyManagement");
        if (dm != null) {
            for (Element d : children(child(dm, "dependencies"))) {
                managed.put(text(d, "groupId") + ":" + text(d, "artifactId"), resolve(text(d, "version"), props));
            }
        }
        List<String> inherited = dependencies(root, managed, props, group);
        SortedMap<String, SortedSet<String>> deps = new TreeMap<>();
        for (String module : modules) {
            Element pom = parse(poms.apply(module)).getDocumentElement();
            SortedSet<String> set = new TreeSet<>(inherited);
            set.addAll(dependencies(pom, managed, props, group));
            deps.put(module, set);
        }
        return new BuildModel(group, version, props.get("java.version"), modules, deps);
    }

    private static void collectModules(Element root, SortedSet<String> modules) {
        NodeList list = root.getElementsByTagName("module");
        for (int i = 0; i < list.getLength(); i++) {
            modules.add(list.item(i).getTextContent().trim());
        }
    }

    private static List<String> dependencies(Element pom, Map<String, String> managed, Map<String, String> props,
                                             String projectGroup) {
        List<String> out = new ArrayList<>();
        Element deps = child(pom, "dependencies");
        if (deps == null) {
            return out;
        }
        for (Element d : children(deps)) {
            String ga = text(d, "groupId") + ":" + text(d, "artifactId");
            String scope = text(d, "scope") == null ? "compile" : text(d, "scope");
            if (projectGroup.equals(text(d, "groupId"))) {
                out.add("project:" + text(d, "artifactId") + "@" + scope);
                continue;
            }
            String v = text(d, "version") != null ? resolve(text(d, "version"), props) : managed.get(ga);
            out.add(ga + ":" + v + "@" + scope);
        }
        return out;
    }

    private static String resolve(String value, Map<String, String> props) {
        if (value == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(props.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("unreadable pom: " + e.getMessage(), e);
        }
    }

    private static Element child(Element e, String name) {
        for (Element c : children(e)) {
            if (c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private static String text(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().trim();
    }

    // ---- Gradle (Kotlin DSL) ----

    private static final Pattern INCLUDE = Pattern.compile("include\\(\"([^\"]+)\"\\)");
    private static final Pattern DEP = Pattern.compile(
            "\"(\\w+)\"\\((?:\"([^\"]+)\"|project\\(\":([^\"]+)\"\\))\\)");
    private static final Map<String, String> CONFIG_SCOPE = Map.of(
            "api", "compile", "implementation", "compile", "runtimeOnly", "runtime",
            "testImplementation", "test", "testRuntimeOnly", "test",
            "compileOnly", "provided", "annotationProcessor", "provided");

    static BuildModel fromGradle(String settings, String build) {
        SortedSet<String> modules = new TreeSet<>();
        Matcher inc = INCLUDE.matcher(settings);
        while (inc.find()) {
            modules.add(inc.group(1).replaceFirst("^:", ""));
        }
        String group = first(build, "group\\s*=\\s*\"([^\"]+)\"");
        String version = first(build, "version\\s*=\\s*\"([^\"]+)\"");
        String java = first(build, "JavaLanguageVersion\\.of\\((\\d+)\\)");
        List<String> common = gradleDeps(block(build, "subprojects {"));
        SortedMap<String, SortedSet<String>> deps = new TreeMap<>();
        for (String module : modules) {
            SortedSet<String> set = new TreeSet<>(common);
            String b = block(build, "project(\":" + module + "\") {");
            if (b != null) {
                set.addAll(gradleDeps(b));
            }
            deps.put(module, set);
        }
        return new BuildModel(group, version, java, modules, deps);
    }

    private static List<String> gradleDeps(String block) {
        List<String> out = new ArrayList<>();
        if (block == null) {
            return out;
        }
        Matcher m = DEP.matcher(block);
        while (m.find()) {
            String scope = CONFIG_SCOPE.get(m.group(1));
            if (scope == null) {
                throw new IllegalArgumentException("unknown Gradle configuration " + m.group(1));
            }
            out.add((m.group(2) != null ? m.group(2) : "project:" + m.group(3)) + "@" + scope);
        }
        return out;
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The text between the brace that ends {@code opener} and its matching close brace. */
    private static String block(String text, String opener) {
        int start = text.indexOf(opener);
        if (start < 0) {
            return null;
        }
        int depth = 0;
        for (int i = start + opener.length() - 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(start + opener.length(), i);
            }
        }
        throw new IllegalArgumentException("unbalanced braces after " + opener);
    }
}
