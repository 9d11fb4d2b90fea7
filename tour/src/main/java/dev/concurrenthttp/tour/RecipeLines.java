package dev.concurrenthttp.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Counts a step's recipe: the code lines (not blank, not comments, not imports) of its
 * {@code ThreeUrls.java}, the one-file program its chapter opens with.
 */
final class RecipeLines {

    private RecipeLines() {
    }

    static OptionalInt count(Path projectRoot, String module) {
        Path sources = projectRoot.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return OptionalInt.empty();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.getFileName().toString().equals("ThreeUrls.java"))
                    .findFirst()
                    .map(file -> OptionalInt.of(codeLines(lines(file))))
                    .orElse(OptionalInt.empty());
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
