package dev.concurrenthttp.benchmark;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The class path a child JVM needs to run the steps. Under {@code java -cp} it is the JVM's own;
 * under Maven's {@code exec:java} the project's classes live in a class loader of their own, whose
 * URLs are the class path.
 */
final class ClassPath {

    private ClassPath() {
    }

    static String current() {
        Set<String> entries = new LinkedHashSet<>();
        for (ClassLoader loader = ClassPath.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if (url.getProtocol().equals("file")) {
                        try {
                            entries.add(Path.of(url.toURI()).toString());
                        } catch (URISyntaxException e) {
                            entries.add(url.getPath());
                        }
                    }
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
