package dev.concurrenthttp.httpbin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a query string (or a urlencoded form) as httpbin's Werkzeug does: pairs split on
 * {@code &} only, a name without {@code =} has the empty value, {@code +} is a space, and a bad
 * escape such as {@code %zz} stays as written instead of failing the request.
 */
final class QueryString {

    private QueryString() {
    }

    /** Every value of every name, names in order of first appearance. */
    static Map<String, List<String>> parse(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    /** httpbin's {@code args}: a name given once maps to its value, a repeated one to the list. */
    static Map<String, Object> flatten(Map<String, List<String>> params) {
        Map<String, Object> flat = new LinkedHashMap<>();
        params.forEach((name, values) -> flat.put(name, values.size() == 1 ? values.getFirst() : values));
        return flat;
    }

    /** The first value of {@code name}, or null. */
    static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null ? null : values.getFirst();
    }

    /** Percent-decodes as UTF-8; invalid UTF-8 becomes U+FFFD. */
    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream escaped = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            int hex = i + 2 < s.length() && s.charAt(i) == '%' ? hexByte(s, i + 1) : -1;
            if (hex >= 0) {
                escaped.write(hex);
                i += 2;
                continue;
            }
            if (escaped.size() > 0) {
                out.append(escaped.toString(StandardCharsets.UTF_8));
                escaped.reset();
            }
            out.append(s.charAt(i) == '+' ? ' ' : s.charAt(i));
        }
        return out.append(escaped.toString(StandardCharsets.UTF_8)).toString();
    }

    /** The byte written as two hex digits at {@code at}, or -1. */
    static int hexByte(String s, int at) {
        int hi = hexDigit(s.charAt(at));
        int lo = hexDigit(s.charAt(at + 1));
        return hi < 0 || lo < 0 ? -1 : hi << 4 | lo;
    }

    private static int hexDigit(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
