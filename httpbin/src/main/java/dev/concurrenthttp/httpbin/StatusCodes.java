package dev.concurrenthttp.httpbin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** {@code /status/{codes}}: one code, or a weighted random pick from {@code 200,500:0.5,...}. */
final class StatusCodes {

    private static final String TEAPOT = """

                -=[ teapot ]=-

                   _...._
                 .'  _ _ `.
                | ."` ^ `". _,
                \\_;`"---"`|//
                  |       ;/
                  \\_     _/
                    `\"""`
            """;

    private static final String NOT_ACCEPTABLE = "{\"message\": \"Client did not request a supported media type.\","
            + " \"accept\": [\"image/webp\", \"image/svg+xml\", \"image/jpeg\", \"image/png\", \"image/*\"]}";

    private StatusCodes() {
    }

    static Reply reply(String codes) {
        int code = pick(codes);
        return code < 0 ? Reply.of(400, Reply.TEXT, "Invalid status code") : forCode(code);
    }

    /** The chosen code, or -1 when {@code codes} is malformed. */
    static int pick(String codes) {
        if (codes.indexOf(',') < 0) {
            return parseCode(codes); // no weights without a list: "500:1" is not a code
        }
        List<Integer> values = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double total = 0;
        for (String choice : codes.split(",", -1)) {
            int colon = choice.indexOf(':');
            int code = parseCode(colon < 0 ? choice : choice.substring(0, colon));
            double weight = colon < 0 ? 1 : parseWeight(choice.substring(colon + 1));
            if (code < 0 || !(weight >= 0)) {
                return -1;
            }
            total += weight;
            values.add(code);
            cumulative.add(total);
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            return -1;
        }
        double x = ThreadLocalRandom.current().nextDouble(total);
        for (int i = 0; i < values.size(); i++) {
            if (x < cumulative.get(i)) {
                return values.get(i);
            }
        }
        return values.getLast();
    }

    /**
     * A code httpbin would send, or -1. Informational codes and codes beyond three digits are
     * refused: httpbin sends them and leaves the client with a broken response.
     */
    static int parseCode(String text) {
        try {
            long code = Numbers.parseInt(text);
            return sendable(code) ? (int) code : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean sendable(long code) {
        return code >= 200 && code <= 999;
    }

    private static double parseWeight(String text) {
        try {
            return Numbers.parseFloat(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** httpbin's answer for one code: mostly an empty body, with a few jokes and redirects. */
    static Reply forCode(int code) {
        return switch (code) {
            case 301, 302, 303, 305, 307 -> Reply.bare(code).withHeader("Location", "/redirect/1");
            case 304 -> Reply.bare(code);
            case 401 -> Reply.bare(code).withHeader("WWW-Authenticate", "Basic realm=\"Fake Realm\"");
            // httpbin answers 402 with a crude joke; a workshop gets httpbin's empty-body default.
            case 406 -> Reply.of(code, Reply.JSON, NOT_ACCEPTABLE);
            case 407 -> Reply.bare(code).withHeader("Proxy-Authenticate", "Basic realm=\"Fake Realm\"");
            case 418 -> Reply.bare(code).withHeader("x-more-info", "http://tools.ietf.org/html/rfc2324")
                    .withBody(TEAPOT);
            default -> Reply.of(code, Reply.HTML, "");
        };
    }
}
