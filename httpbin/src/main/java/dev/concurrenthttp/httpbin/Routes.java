package dev.concurrenthttp.httpbin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Set;

/** Finds the endpoint for a request and checks its method, answering 404, 405 and OPTIONS itself. */
final class Routes implements FailSafeHandler.Handler {

    private record Endpoint(Set<String> methods, String allow, FailSafeHandler.Handler handler) {

        static Endpoint readOnly(FailSafeHandler.Handler handler) {
            return new Endpoint(Set.of("GET", "HEAD"), "GET, HEAD, OPTIONS", handler);
        }

        static Endpoint anyMethod(FailSafeHandler.Handler handler) {
            return new Endpoint(Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "TRACE"),
                    "GET, POST, PUT, DELETE, PATCH, TRACE, HEAD, OPTIONS", handler);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException, InterruptedException {
        allowCrossOrigin(exchange);
        Endpoint endpoint = find(exchange.getRequestURI().getPath());
        String method = exchange.getRequestMethod();
        if (endpoint == null) {
            Pages.notFound().send(exchange);
        } else if (method.equals("OPTIONS")) {
            preflight(exchange, endpoint.allow());
        } else if (!endpoint.methods().contains(method)) {
            Pages.methodNotAllowed(endpoint.allow()).send(exchange);
        } else {
            endpoint.handler().handle(exchange);
        }
    }

    private static Endpoint find(String path) {
        return switch (path) {
            case "/" -> Endpoint.readOnly(Pages.landing()::send);
            case "/get" -> Endpoint.readOnly(Endpoints::get);
            case "/headers" -> Endpoint.readOnly(Endpoints::headers);
            case "/user-agent" -> Endpoint.readOnly(Endpoints::userAgent);
            case "/uuid" -> Endpoint.readOnly(Endpoints::uuid);
            case "/ip" -> Endpoint.readOnly(Endpoints::ip);
            case "/redirect-to" -> Endpoint.anyMethod(Redirects::redirectTo);
            case "/drip" -> Endpoint.readOnly(exchange ->
                    Drip.serve(exchange, QueryString.parse(exchange.getRequestURI().getRawQuery())));
            default -> findWithParameter(path);
        };
    }

    private static Endpoint findWithParameter(String path) {
        String delay = parameter(path, "/delay/");
        if (delay != null) {
            return Endpoint.readOnly(exchange -> Endpoints.delay(exchange, delay));
        }
        String codes = parameter(path, "/status/");
        if (codes != null) {
            return Endpoint.anyMethod(exchange -> StatusCodes.reply(codes).send(exchange));
        }
        // Flask's <int:n>: digits only, so /bytes/-1 and /bytes/abc are not found at all.
        String n = whole(parameter(path, "/bytes/"));
        if (n != null) {
            long count = n.length() > 9 ? Long.MAX_VALUE : Long.parseLong(n);
            return Endpoint.readOnly(exchange -> Endpoints.bytes(exchange, count));
        }
        return findRedirect(path);
    }

    private static Endpoint findRedirect(String path) {
        String n = whole(parameter(path, "/redirect/"));
        if (n != null) {
            BigInteger hops = new BigInteger(n);
            return Endpoint.readOnly(exchange -> Redirects.redirect(exchange, hops));
        }
        n = whole(parameter(path, "/relative-redirect/"));
        if (n != null) {
            BigInteger hops = new BigInteger(n);
            return Endpoint.readOnly(exchange -> Redirects.relative(exchange, hops));
        }
        n = whole(parameter(path, "/absolute-redirect/"));
        if (n != null) {
            BigInteger hops = new BigInteger(n);
            return Endpoint.readOnly(exchange -> Redirects.absolute(exchange, hops));
        }
        return null;
    }

    /** Flask's {@code <int:n>}: the segment if it is digits only, else null. */
    private static String whole(String segment) {
        return segment != null && segment.chars().allMatch(c -> c >= '0' && c <= '9') ? segment : null;
    }

    /** The one path segment after {@code prefix}, or null: Flask's {@code <name>} matches no slash. */
    private static String parameter(String path, String prefix) {
        if (!path.startsWith(prefix) || path.length() == prefix.length()) {
            return null;
        }
        String rest = path.substring(prefix.length());
        return rest.indexOf('/') < 0 ? rest : null;
    }

    private static void allowCrossOrigin(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        exchange.getResponseHeaders().set("Access-Control-Allow-Credentials", "true");
    }

    private static void preflight(HttpExchange exchange, String allow) throws IOException {
        Reply reply = Reply.of(200, Reply.HTML, "").withHeader("Allow", allow)
                .withHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, PATCH, OPTIONS")
                .withHeader("Access-Control-Max-Age", "3600");
        String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
        (requested == null ? reply : reply.withHeader("Access-Control-Allow-Headers", requested)).send(exchange);
    }
}
