package dev.concurrenthttp.httpbin;

import java.io.InputStream;
import java.net.URI;

/** A program that starts a local httpbin, asks it once, and returns from main without closing it. */
final class BackgroundProgram {

    public static void main(String... args) throws Exception {
        LocalHttpbin httpbin = args[0].equals("daemon") ? LocalHttpbin.startDaemon() : LocalHttpbin.start();
        try (InputStream body = URI.create(httpbin.baseUrl() + "/uuid").toURL().openStream()) {
            System.out.println(new String(body.readAllBytes()).contains("\"uuid\"") ? "served" : "wrong body");
        }
    }
}
