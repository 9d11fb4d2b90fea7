package dev.concurrenthttp.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Counts a step's lines of teaching code: the code lines (not blank, not comments, not imports)
 * of its main sources that the chapter shows, recognised by their {@code // tag::} markers.
 */
final class TeachingLines {

    private TeachingLines() {
    }

    static OptionalInt count(Path projectRoot, String module) {
        Path sources = projectRoot.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return OptionalInt.empty();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return OptionalInt.of(files.filter(file -> file.toString().endsWith(".java"))
                    .map(TeachingLines::lines)
                    .filter(lines -> lines.stream().anyMatch(line -> line.contains("// tag::")))
                    .mapToInt(TeachingLines::codeLines)
                    .sum());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int codeLines(List<String> lines) {
        int code = 0;
        boolean inComment = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.isEmpty() || line.startsWith("//") || line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            code++;
        }
        return code;
    }
}
