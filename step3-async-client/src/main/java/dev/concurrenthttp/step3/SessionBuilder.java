package dev.concurrenthttp.step3;

import dev.concurrenthttp.support.Tls;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLContext;

/**
 * A session's options, named and defaulted as aiohttp's {@code ClientSession},
 * {@code TCPConnector} and {@code ClientTimeout} name them.
 */
public final class SessionBuilder {

    // tag::defaults[]
    Optional<URI> baseUrl = Optional.empty();
    int limit = 100;
    OptionalInt limitPerHost = OptionalInt.empty();
    Duration totalTimeout = Duration.ofMinutes(5);
    Duration connectTimeout = Duration.ofSeconds(30);
    boolean raiseForStatus = false;
    final Map<String, String> headers = new LinkedHashMap<>(
            Map.of("User-Agent", AsyncSession.USER_AGENT));
    SSLContext sslContext = Tls.systemDefault();
    // end::defaults[]

    SessionBuilder() {
    }

    /** Resolves relative URLs given to {@link AsyncSession#get(String)}: {@code base_url}. Default: none. */
    public SessionBuilder baseUrl(String baseUrl) {
        return baseUrl(URI.create(baseUrl));
    }

    /** Resolves relative URLs given to {@link AsyncSession#get(String)}: {@code base_url}. Default: none. */
    public SessionBuilder baseUrl(URI baseUrl) {
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("base URL " + baseUrl + ": needs a scheme and a host");
        }
        // URI.resolve joins "uuid" to "http://host" as "http://hostuuid"; to "http://host/" it does not.
        this.baseUrl = Optional.of(baseUrl.getRawPath().isEmpty() ? baseUrl.resolve("/") : baseUrl);
        return this;
    }

    /**
     * Most requests in flight at once, to all hosts together: {@code TCPConnector(limit=...)}.
     * Default: 100. aiohttp reads 0 as unlimited; here there is always a limit.
     */
    public SessionBuilder limit(int limit) {
        this.limit = atLeastOne("limit", limit);
        return this;
    }

    /** Most requests in flight at once to one host: {@code limit_per_host}. Default: no limit but {@link #limit}. */
    public SessionBuilder limitPerHost(int limitPerHost) {
        this.limitPerHost = OptionalInt.of(atLeastOne("limitPerHost", limitPerHost));
        return this;
    }

    /**
     * Bounds each whole request, from the call to {@code get}, through the wait for a pooled
     * connection, to the last byte of the body: {@code ClientTimeout(total=...)}. Default: 5 minutes.
     */
    public SessionBuilder totalTimeout(Duration totalTimeout) {
        this.totalTimeout = positive("totalTimeout", totalTimeout);
        return this;
    }

    /** Bounds opening a new connection: {@code ClientTimeout(sock_connect=...)}. Default: 30 seconds. */
    public SessionBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive("connectTimeout", connectTimeout);
        return this;
    }

    /**
     * Fails every future whose status is not 2xx with an
     * {@link dev.concurrenthttp.support.HttpStatusException}: {@code raise_for_status=True}.
     * Default: false, and {@link dev.concurrenthttp.support.Response#raiseForStatus()} does it for one response.
     */
    public SessionBuilder raiseForStatus(boolean raiseForStatus) {
        this.raiseForStatus = raiseForStatus;
        return this;
    }

    /** Sends this header with every request, replacing any of that name: {@code headers=...}. */
    public SessionBuilder header(String name, String value) {
        headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return this;
    }

    /**
     * Whom to trust over TLS: {@code TCPConnector(ssl=context)}. Default: the JDK's
     * certificate authorities; {@link Tls#trusting} adds a private one. There is no switch
     * that turns verification off.
     */
    public SessionBuilder sslContext(SSLContext sslContext) {
        this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
        return this;
    }

    /** Opens the session: its pool and I/O threads start now, and run until it is closed. */
    public AsyncSession open() {
        return new AsyncSession(this);
    }

    private static int atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
        return value;
    }

    private static Duration positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }
}
