package dev.concurrenthttp.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules every step follows redirects by, whatever its HTTP client: at most
 * {@value #MAX_REDIRECTS} of them, as aiohttp; never from https down to plain http; and the
 * credentials a request carries go only to the origin they were meant for.
 *
 * <p>The last two rules are requests' lessons. It kept {@code Authorization} on a redirect
 * from https to plain http on the same host, sending the credentials in clear text
 * (CVE-2018-18074), and it sent {@code Proxy-Authorization}, meant for the proxy, on to the
 * server a redirect named (CVE-2023-32681). A server that can redirect a client chooses where
 * its next request, and whatever that carries, goes.
 */
public final class RedirectPolicy {

    public static final int MAX_REDIRECTS = 10;

    // tag::sensitive[]
    /** Headers that carry credentials: sent to the origin they were set for, and to no other. */
    public static final Set<String> SENSITIVE_HEADERS =
            caseInsensitive("Authorization", "Cookie", "Proxy-Authorization");
    // end::sensitive[]

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private RedirectPolicy() {
    }

    /**
     * Whether a response sends the client on: a redirect status with a {@code Location}.
     * 300 (a choice to make), 304 (not modified) and 305 (use a proxy) do not.
     */
    public static boolean isRedirect(int status, Optional<String> location) {
        return REDIRECTS.contains(status) && location.isPresent();
    }

    // tag::next[]
    /**
     * Where the redirect from {@code from} to {@code location} leads, resolved against
     * {@code from} as a relative {@code Location} is.
     *
     * @param requested       the URL first asked for, which a refusal names
     * @param redirectsBefore how many redirects this request has followed already
     * @throws RedirectException if the redirect is one too many, goes from https to http,
     *                           or leads anywhere but an http(s) URL
     */
    public static URI next(URI requested, URI from, String location, int redirectsBefore) {
        if (redirectsBefore >= MAX_REDIRECTS) {
            throw new RedirectException(requested, "more than " + MAX_REDIRECTS + " redirects");
        }
        URI to = resolve(requested, from, location);
        String scheme = scheme(to);
        if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null) {
            throw new RedirectException(requested, "refused redirect to " + to + ": not an http(s) URL");
        }
        if (scheme(from).equals("https") && scheme.equals("http")) {
            throw new RedirectException(requested, "refused redirect from https to " + to);
        }
        return to;
    }
    // end::next[]

    // tag::headers[]
    /** The headers to send on to {@code to}: all on the same origin, elsewhere no sensitive one. */
    public static Map<String, String> headersFor(URI from, URI to, Map<String, String> headers) {
        if (sameOrigin(from, to)) {
            return headers;
        }
        Map<String, String> kept = new LinkedHashMap<>(headers);
        kept.keySet().removeIf(SENSITIVE_HEADERS::contains);
        return Collections.unmodifiableMap(kept);
    }

    /**
     * Same scheme, host and port, as browsers define an origin. A name is not its address:
     * {@code 127.0.0.1} and {@code localhost} are two origins, as two names for one server are.
     */
    public static boolean sameOrigin(URI a, URI b) {
        return scheme(a).equals(scheme(b))
                && Objects.equals(host(a), host(b))
                && port(a) == port(b);
    }
    // end::headers[]

    private static URI resolve(URI requested, URI from, String location) {
        try {
            URI reference = new URI(location);
            if (reference.getScheme() == null && reference.getRawAuthority() == null && reference.getRawPath().isEmpty()) {
                // java.net.URI follows RFC 2396 here and drops the last path segment; RFC 3986,
                // as browsers and requests, keeps the path: "?page=2" from /list is /list?page=2.
                String query = reference.getRawQuery() != null ? reference.getRawQuery() : from.getRawQuery();
                return new URI(from.getScheme() + "://" + from.getRawAuthority() + from.getRawPath()
                        + (query == null ? "" : "?" + query));
            }
            return from.resolve(reference);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RedirectException(requested, "redirect to a Location that is not a URL");
        }
    }

    private static String scheme(URI url) {
        return url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    }

    private static String host(URI url) {
        return url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return switch (scheme(url)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return Collections.unmodifiableSet(set);
    }
}
