package io.ike4j.vectors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the vectors bundled under {@code src/test/resources/vectors}. */
public final class Resources {
    private Resources() {
    }

    /** The path of {@code vectors/<relative>} on the test class path; fails loudly if absent. */
    public static Path vector(String relative) {
        URL url = Resources.class.getResource("/vectors/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test vector resource vectors/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String relative) {
        try {
            return Files.readString(vector(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Files directly or indirectly under {@code vectors/<dir>} whose names match {@code glob}. */
    public static List<Path> files(String dir, String glob) {
        var matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> s = Files.walk(vector(dir))) {
            return s.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
