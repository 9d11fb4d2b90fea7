package dev.concurrenthttp.httpbin.scenarios;

import static dev.concurrenthttp.httpbin.scenarios.Answer.text;

/** Routes {@code GET /1} to {@code GET /11} to their rules; {@code /} and {@code /counts} say how things stand. */
final class Scenarios {

    static final int COUNT = 11;

    private final RaceRules races;
    private final ResourceRule resources = new ResourceRule();
    private final LetterRule letters = new LetterRule();
    private final LoadRule load = new LoadRule();
    private final Tally tally;

    Scenarios(int crowd, Tally tally) {
        this.races = new RaceRules(crowd);
        this.tally = tally;
    }

    /** The scenario a request is for, 1 to 11, or 0 for any other path. */
    static int number(Request request) {
        String path = request.path();
        if (path.length() < 2 || path.length() > 3 || !path.substring(1).chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int n = Integer.parseInt(path.substring(1));
        return n >= 1 && n <= COUNT ? n : 0;
    }

    Answer answer(Request request) throws InterruptedException {
        if (!request.method().equals("GET")) {
            return text(405, "only GET is served here, not " + request.method());
        }
        return switch (number(request)) {
            case 1 -> races.scenario1();
            case 2 -> races.scenario2();
            case 3 -> races.scenario3();
            case 4 -> races.scenario4();
            case 5 -> races.scenario5();
            case 6 -> races.scenario6();
            case 7 -> races.scenario7();
            case 8 -> resources.answer(request.query());
            case 9 -> letters.answer();
            case 10 -> load.answer(request.query());
            case 11 -> races.scenario11();
            default -> other(request.path());
        };
    }

    private Answer other(String path) {
        return switch (path) {
            case "/" -> text(200, "scenario server: GET /1 to /" + COUNT + "; GET /counts for what is pending");
            case "/counts" -> text(200, counts());
            default -> text(404, "no scenario at " + path + ": GET /1 to /" + COUNT);
        };
    }

    /** One line for the connections open besides the one asking, then one per scenario's requests pending. */
    private String counts() {
        StringBuilder counts = new StringBuilder("connections " + (tally.connections() - 1) + "\n");
        for (int n = 1; n <= COUNT; n++) {
            counts.append("pending ").append(n).append(' ').append(tally.pending(n)).append('\n');
        }
        return counts.toString();
    }
}
