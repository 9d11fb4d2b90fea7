package dev.concurrenthttp.httpbin.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The head of one HTTP/1.1 request: method, path, query, and whether the client asked to close. */
record Request(String method, String path, String query, boolean close) {

    private static final int MAX_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 100;

    /** Thrown for a request this server cannot read; the connection is closed after a 400. */
    static final class MalformedException extends IOException {
        MalformedException(String message) {
            super(message);
        }
    }

    /** Reads the next request's head and skips its body; null if the stream ended before one began. */
    static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[1].startsWith("/") || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedException("not an HTTP/1.x request line: " + requestLine);
        }
        boolean close = parts[2].equals("HTTP/1.0");
        long bodyLength = 0;
        for (int i = 0; ; i++) {
            String header = line(in);
            if (header == null) {
                throw new MalformedException("the stream ended inside the headers");
            }
            if (header.isEmpty()) {
                break;
            }
            if (i == MAX_HEADERS) {
                throw new MalformedException("more than " + MAX_HEADERS + " headers");
            }
            int colon = header.indexOf(':');
            String name = colon < 0 ? header : header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (name.equals("connection")) {
                close = value.equals("close");
            } else if (name.equals("content-length")) {
                bodyLength = parseLength(value);
            }
        }
        in.skipNBytes(bodyLength);
        String target = parts[1];
        int question = target.indexOf('?');
        return question < 0
                ? new Request(parts[0], target, "", close)
                : new Request(parts[0], target.substring(0, question), target.substring(question + 1), close);
    }

    private static long parseLength(String value) throws MalformedException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedException("Content-Length is not a number: " + value);
        }
    }

    /** One line without its CRLF; null at end of stream before the first byte. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                if (line.isEmpty()) {
                    return null;
                }
                throw new MalformedException("the stream ended inside a line");
            }
            if (line.length() == MAX_LINE) {
                throw new MalformedException("a line longer than " + MAX_LINE + " bytes");
            }
            line.append((char) b);
        }
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return new String(line.substring(0, end).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
