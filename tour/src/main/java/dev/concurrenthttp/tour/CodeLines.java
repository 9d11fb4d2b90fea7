package dev.concurrenthttp.tour;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Counts code lines: lines that are not blank, not comments, not imports and not the package.
 * The tour counts each step's recipe with it, the guide each race helper and scenario class.
 */
public final class CodeLines {

    private CodeLines() {
    }

    /** The code lines of a step's recipe, its {@code ThreeUrls.java}; empty if it has none. */
    static OptionalInt ofRecipe(Path projectRoot, String module) {
        Path sources = projectRoot.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return OptionalInt.empty();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.getFileName().toString().equals("ThreeUrls.java"))
                    .findFirst()
                    .map(file -> OptionalInt.of(of(file)))
                    .orElse(OptionalInt.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code lines of {@code file}. */
    public static int of(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
