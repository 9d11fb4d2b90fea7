package dev.concurrenthttp.httpbin;

/**
 * Spells a request header name as httpbin shows it. The JDK server hands names over as
 * {@code User-agent}; httpbin reads them from the WSGI environment ({@code HTTP_USER_AGENT}),
 * so an underscore comes back as a dash and Python's {@code str.title()} capitalises every
 * letter that follows a non-letter: {@code User-Agent}, {@code X-B3-Traceid}, {@code Dnt}.
 */
final class HeaderNames {

    private HeaderNames() {
    }

    static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean afterLetter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i) == '_' ? '-' : name.charAt(i);
            boolean letter = Character.isLetter(c);
            out.append(!letter ? c : afterLetter ? Character.toLowerCase(c) : Character.toUpperCase(c));
            afterLetter = letter;
        }
        return out.toString();
    }
}
