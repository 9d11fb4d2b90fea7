package dev.concurrenthttp.httpbin;

/** The HTML pages httpbin (Flask and Werkzeug) answers with, word for word, and a landing page. */
final class Pages {

    private Pages() {
    }

    static Reply notFound() {
        return error(404, "Not Found",
                "The requested URL was not found on the server. If you entered the URL manually"
                        + " please check your spelling and try again.");
    }

    static Reply methodNotAllowed(String allow) {
        return error(405, "Method Not Allowed", "The method is not allowed for the requested URL.")
                .withHeader("Allow", allow);
    }

    static Reply internalError() {
        return error(500, "Internal Server Error",
                "The server encountered an internal error and was unable to complete your request."
                        + " Either the server is overloaded or there is an error in the application.");
    }

    private static Reply error(int status, String title, String text) {
        return Reply.of(status, Reply.HTML, """
                <!doctype html>
                <html lang=en>
                <title>%d %s</title>
                <h1>%s</h1>
                <p>%s</p>
                """.formatted(status, title, title, text));
    }

    static Reply landing() {
        return Reply.of(200, Reply.HTML, """
                <!doctype html>
                <html lang=en>
                <title>local httpbin</title>
                <h1>local httpbin</h1>
                <p>An httpbin-compatible server for working offline. Endpoints:</p>
                <ul>
                <li><a href="/get">/get</a>, <a href="/headers">/headers</a>, \
                <a href="/user-agent">/user-agent</a>, <a href="/uuid">/uuid</a>, <a href="/ip">/ip</a>
                <li><a href="/delay/1">/delay/{seconds}</a> (at most 10)
                <li><a href="/status/418">/status/{code}</a> or /status/{code,code:weight,...}
                <li><a href="/redirect/3">/redirect/{n}</a>, /relative-redirect/{n}, /absolute-redirect/{n}, \
                <a href="/redirect-to?url=/get">/redirect-to?url=&amp;status_code=</a>
                <li><a href="/bytes/16">/bytes/{n}</a> (at most 102400)
                <li><a href="/drip?duration=2&amp;numbytes=10&amp;delay=0&amp;code=200">\
                /drip?duration=&amp;numbytes=&amp;delay=&amp;code=</a>
                </ul>
                """);
    }
}
