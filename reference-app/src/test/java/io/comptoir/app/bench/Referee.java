package io.comptoir.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.testing.Books;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Checks the outcome of a run of {@code bench/two-nodes.sh} against the database and the API, and prints what was
 * measured and one PASS or FAIL line per check, with the first problems of a failed one.
 */
final class Referee {
    /** A product created on one node must be found on the other within this, at the 99th percentile. */
    static final double FRESHNESS_GOAL_MILLIS = 1000;
    /** A failure clients see this long after the killed node is back is not the kill's doing. */
    private static final long GRACE_MILLIS = 5000;
    /** A client's failure and the proxy's log line of the same cut answer are this close in time (nginx's is to the second). */
    private static final long CUT_MATCH_MILLIS = 2000;
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final int PROBLEMS_SHOWN = 8;

    /** What the run produced, beside the books. */
    record Outcome(long pending, Map<Long, Long> finalStock, List<Freshness.Node> nodes, List<MixedLoad.Shopper> shoppers,
                   String shopperPassword, BenchClient proxy, String adminToken, Freshness freshness, List<Freshness.Sample> warmUp,
                   int warmUpSeconds, List<JobWatch.Verdict> jobs, Map<String, Long> timeline, ProxyLog.Summary proxyLog,
                   List<String> shortResults) {
    }

    private final Connection connection;
    private final Acknowledgements.Start start;
    private final Map<Long, Long> initialStock;
    private final Acknowledgements acknowledgements;
    private final Traffic traffic;
    private boolean passed = true;

    Referee(Connection connection, Acknowledgements.Start start, Map<Long, Long> initialStock, Acknowledgements acknowledgements,
            Traffic traffic) {
        this.connection = requireNonNull(connection, "connection is null");
        this.start = requireNonNull(start, "start is null");
        this.initialStock = Map.copyOf(initialStock);
        this.acknowledgements = requireNonNull(acknowledgements, "acknowledgements is null");
        this.traffic = requireNonNull(traffic, "traffic is null");
    }

    /** Prints the figures and the checks; true when every check passed. */
    boolean judge(Outcome outcome) throws IOException, InterruptedException, SQLException {
        Map<String, Long> timeline = outcome.timeline();
        long loadStart = timeline.getOrDefault("load-start", 0L);
        System.out.println();
        System.out.printf("== Two nodes behind nginx: %.0f s of mixed load after a %d s warm-up; %s%n",
                (timeline.getOrDefault("load-end", loadStart) - loadStart) / 1000.0, outcome.warmUpSeconds(), killText(timeline, loadStart));
        traffic.latencies().forEach((operation, figures) -> System.out.printf("   %-22s %6.0f answered, p50 %7.1f ms, p99 %7.1f ms%n",
                operation, figures[0], figures[1], figures[2]));
        System.out.println("   served by: " + traffic.upstreams().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")));
        long placed = acknowledgements.orders.stream().filter(order -> order.status().equals("PLACED")).count();
        System.out.printf("   acknowledged: %d orders (%d answered placed, %d pending), %d declined checkouts, %d voucher sales, %d in-store"
                        + " redemptions%n", acknowledgements.orders.size(), placed, acknowledgements.orders.size() - placed,
                acknowledgements.declines.size(), acknowledgements.sales.size(), acknowledgements.redemptions.size());
        System.out.println();

        Books.Scope scope = new Books.Scope(start.order(), start.voucher(), initialStock);
        List<String> unexpected = new ArrayList<>(acknowledgements.unexpected);
        unexpected.addAll(acknowledgements.unknown.stream().map(key -> "no answer in " + Traffic.PATIENCE.toSeconds() + " s to the write " + key)
                .toList());
        check("every answer expected, every write answered", unexpected.size() + " unexpected", unexpected);
        check("no acknowledged order lost", acknowledgements.orders.size() + " orders and " + acknowledgements.declines.size()
                + " declines as answered, no order nobody was told of; " + outcome.pending() + " orders or online voucher sales pending after the run",
                acknowledgements.orderProblems(connection, start));
        List<String> payments = new ArrayList<>(acknowledgements.paymentProblems(connection, start));
        payments.addAll(Books.payments(connection, scope));
        check("no acknowledged payment lost, no double charge", "each order's tenders as answered, each placed order paid its total once,"
                + " every card authorisation and voucher hold owned by a placed order", payments);
        List<String> sales = new ArrayList<>(acknowledgements.saleProblems(connection, start));
        sales.addAll(acknowledgements.onlineSaleProblems(connection, start));
        check("no acknowledged sale lost", acknowledgements.sales.size() + " sales at the points of sale with their vouchers; each voucher"
                + " bought in a basket sold once, with its order", sales);
        check("no acknowledged redemption lost", acknowledgements.redemptions.size() + " redemptions",
                acknowledgements.redemptionProblems(connection, start));
        JsonNode audit = outcome.proxy().send("GET", "/api/v1/admin/vouchers/audit", outcome.adminToken(), null, null, 200);
        List<String> ledger = new ArrayList<>();
        audit.get("problems").forEach(problem -> ledger.add(problem.asText()));
        if (!audit.get("ok").asBoolean() && ledger.isEmpty()) {
            ledger.add("the audit says not ok");
        }
        ledger.addAll(Books.vouchers(connection, scope));
        check("voucher ledger audit clean", audit.get("transactions").asLong() + " ledger transactions, " + audit.get("entries").asLong()
                + " entries, " + audit.get("vouchers").asLong() + " vouchers; each balance its face less holds and redemptions", ledger);
        long soldOut = outcome.finalStock().values().stream().filter(stock -> stock == 0).count();
        check("stock never negative", initialStock.size() + " products bought, " + soldOut + " sold out; each one's stock what it had less"
                + " what orders took", Books.stock(connection, scope));
        check("sessions valid on both nodes", "the shoppers' sessions (opened before the kill) on each node, a session opened on each"
                + " node used and closed on the other", sessions(outcome));
        freshness(outcome.freshness(), loadStart, outcome.warmUp(), outcome.warmUpSeconds());
        jobs(outcome.jobs());
        kill(timeline, outcome.proxyLog());
        if (!outcome.shortResults().isEmpty()) {
            System.out.println("   note: searches answered with far fewer hits than the same word got elsewhere (" + outcome.shortResults().size()
                    + "), e.g. " + outcome.shortResults().subList(0, Math.min(3, outcome.shortResults().size())));
        }
        System.out.println(passed ? "ALL CHECKS PASSED" : "SOME CHECKS FAILED");
        return passed;
    }

    private static String killText(Map<String, Long> timeline, long loadStart) {
        if (!timeline.containsKey("kill")) {
            return "no node killed";
        }
        return String.format("a node killed (kill -9) at %+.1f s, restarted at %+.1f s, healthy again at %s",
                (timeline.get("kill") - loadStart) / 1000.0, (timeline.getOrDefault("restart", timeline.get("kill")) - loadStart) / 1000.0,
                timeline.containsKey("ready") ? String.format("%+.1f s", (timeline.get("ready") - loadStart) / 1000.0) : "(never)");
    }

    private void check(String name, String detail, List<String> problems) {
        passed &= problems.isEmpty();
        System.out.printf("%s  %s: %s%n", problems.isEmpty() ? "PASS" : "FAIL", name, detail);
        problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> System.out.println("        " + problem));
        if (problems.size() > PROBLEMS_SHOWN) {
            System.out.println("        ... and " + (problems.size() - PROBLEMS_SHOWN) + " more");
        }
    }

    /**
     * The shoppers' sessions, opened through the proxy before the kill, on every node (the restarted one included); and for
     * each pair of nodes a session opened on one, used on the other, closed there, and refused there at once and by the
     * first once its change feed brought the sign-out (within the freshness goal; the time is printed).
     */
    private List<String> sessions(Outcome outcome) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        for (Freshness.Node node : outcome.nodes()) {
            for (MixedLoad.Shopper shopper : outcome.shoppers()) {
                int status = node.client().exchange("GET", "/api/v1/auth/me", shopper.token(), null, null).status();
                if (status != 200) {
                    problems.add("node " + node.name() + " answered " + status + " to " + shopper.email() + "'s session");
                }
            }
        }
        MixedLoad.Shopper shopper = outcome.shoppers().get(0);
        for (Freshness.Node from : outcome.nodes()) {
            for (Freshness.Node to : outcome.nodes()) {
                if (from == to) {
                    continue;
                }
                String token = from.client().login(shopper.email(), outcome.shopperPassword());
                BenchClient.Answer there = to.client().exchange("GET", "/api/v1/auth/me", token, null, null);
                if (there.status() != 200 || !there.json().path("account").path("email").asText().equals(shopper.email())) {
                    problems.add("a session opened on node " + from.name() + " is answered " + there.status() + " on node " + to.name());
                }
                to.client().exchange("POST", "/api/v1/auth/logout", token, null, null);
                long closed = System.nanoTime();
                int here = to.client().exchange("GET", "/api/v1/auth/me", token, null, null).status();
                if (here != 401) {
                    problems.add("a session closed on node " + to.name() + " is answered " + here + " there");
                }
                // the other node kept the session: it hears of the sign-out through the change feed
                int after;
                do {
                    after = from.client().exchange("GET", "/api/v1/auth/me", token, null, null).status();
                } while (after == 200 && System.nanoTime() - closed < FRESHNESS_GOAL_MILLIS * 1_000_000);
                double millis = (System.nanoTime() - closed) / 1e6;
                System.out.printf("   a session closed on node %s refused by node %s after %.0f ms%n", to.name(), from.name(), millis);
                if (after != 401) {
                    problems.add(String.format("a session closed on node %s is answered %d on node %s %.0f ms later", to.name(), after,
                            from.name(), millis));
                }
            }
        }
        return problems;
    }

    private void freshness(Freshness freshness, long loadStart, List<Freshness.Sample> warmUp, int warmUpSeconds) {
        List<Freshness.Sample> samples = freshness.samples();
        List<String> problems = new ArrayList<>();
        samples.stream().filter(sample -> sample.millis() < 0).forEach(sample -> problems.add("a product created on node " + sample.from()
                + " was never found on node " + sample.to()));
        long[] all = nanos(samples);
        double p99 = BenchClient.percentile(all, 99);
        if (samples.size() < 10) {
            problems.add("only " + samples.size() + " products measured");
        }
        else if (p99 > FRESHNESS_GOAL_MILLIS) {
            problems.add(String.format("p99 %.0f ms, above %.0f ms", p99, FRESHNESS_GOAL_MILLIS));
        }
        Map<String, List<Freshness.Sample>> parts = new TreeMap<>();
        samples.forEach(sample -> {
            parts.computeIfAbsent(sample.from() + "→" + sample.to(), part -> new ArrayList<>()).add(sample);
            parts.computeIfAbsent(sample.underLoad() ? "under the load" : "after it", part -> new ArrayList<>()).add(sample);
        });
        long[] sent = samples.stream().filter(sample -> sample.millis() >= 0).mapToLong(sample -> Math.round(sample.sentMillis() * 1e6)).sorted()
                .toArray();
        check("a product created on one node found by the other's search within 1 s", String.format(
                "%d products, p50 %.0f ms, p99 %.0f ms, max %.0f ms, found by a search sent p50 %.0f ms, p99 %.0f ms after (%s); %d turns"
                        + " skipped while a node was down", samples.size(), BenchClient.percentile(all, 50), p99,
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6, BenchClient.percentile(sent, 50), BenchClient.percentile(sent, 99),
                parts.entrySet().stream()
                        .map(part -> String.format("%s: %d, p50 %.0f ms, p99 %.0f ms", part.getKey(), part.getValue().size(),
                                BenchClient.percentile(nanos(part.getValue()), 50), BenchClient.percentile(nanos(part.getValue()), 99)))
                        .collect(Collectors.joining("; ")), freshness.skipped()), problems);
        System.out.println("        slowest: " + samples.stream().filter(sample -> sample.millis() >= 0)
                .sorted(java.util.Comparator.comparingDouble(Freshness.Sample::millis).reversed()).limit(3)
                .map(sample -> String.format("%s→%s %.0f ms (search sent at %.0f ms) created at %+.1f s", sample.from(), sample.to(),
                        sample.millis(), sample.sentMillis(), (sample.at() - loadStart) / 1000.0))
                .collect(Collectors.joining(", ")));
        long[] warm = nanos(warmUp);
        System.out.printf("        not counted: %d products measured during the %d s warm-up, p50 %.0f ms, max %.0f ms%n", warm.length,
                warmUpSeconds, BenchClient.percentile(warm, 50), warm.length == 0 ? Double.NaN : warm[warm.length - 1] / 1e6);
    }

    private static long[] nanos(List<Freshness.Sample> samples) {
        return samples.stream().filter(sample -> sample.millis() >= 0).mapToLong(sample -> Math.round(sample.millis() * 1e6)).sorted().toArray();
    }

    private void jobs(List<JobWatch.Verdict> verdicts) {
        List<String> problems = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (JobWatch.Verdict verdict : verdicts) {
            String text = String.format("%s (every %s): %d runs%s, longest wait for a run %s, longest run %s%s%s", verdict.job(),
                    human(verdict.interval()), verdict.runs(), verdict.shortestGap() == null ? "" : ", ends at least " + human(verdict.shortestGap())
                            + " apart", human(verdict.longestWait()), human(verdict.longestRun()),
                    verdict.takeovers() > 0 ? ", " + verdict.takeovers() + " lease taken over" : "",
                    verdict.failedRuns() > 0 ? ", " + verdict.failedRuns() + " failed" : "");
            details.add(text);
            if (!verdict.ok()) {
                problems.add(verdict.job());
            }
        }
        check("each periodic job ran once per period", "never twice within its interval, never waiting longer than its interval, a dead"
                + " node's lease and 5 s" + (problems.isEmpty() ? "" : "; not so:"), problems);
        details.forEach(detail -> System.out.println("        " + detail));
    }

    private static String human(Duration duration) {
        return duration.toMillis() % 1000 == 0 && duration.toSeconds() >= 60 ? duration.toMinutes() + " min" : String.format("%.1f s",
                duration.toMillis() / 1000.0);
    }

    /**
     * The failures clients saw: all within the kill (from the kill until the node is back, and a grace after), none on
     * an idempotent request that the proxy could have passed to the other node, each write answered in the end; and what
     * the proxy passed on to the other node. An idempotent request whose answer the killed node had begun to send is not
     * one the proxy can pass on: nginx sends the status line and headers on as soon as it has them, and a request goes to
     * the next node "only if nothing has been sent to a client yet" (its proxy_next_upstream documentation); such a
     * failure counts as the kill's when the proxy's error log shows that answer cut ("while reading upstream") at that
     * moment.
     */
    private void kill(Map<String, Long> timeline, ProxyLog.Summary proxyLog) {
        long from = timeline.getOrDefault("kill", Long.MAX_VALUE);
        long to = timeline.getOrDefault("ready", Long.MAX_VALUE - GRACE_MILLIS) + GRACE_MILLIS;
        List<Traffic.Failure> failures = traffic.failures();
        List<ProxyLog.Cut> cuts = new ArrayList<>(proxyLog.cuts());
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        int cutMidAnswer = 0;
        for (Traffic.Failure failure : failures) {
            String what = failure.method() + " " + failure.operation() + " → " + (failure.outcome().length() > 40
                    ? failure.outcome().substring(0, 40) : failure.outcome());
            seen.merge(what, 1, Integer::sum);
            if (failure.at() < from || failure.at() > to) {
                problems.add("outside the kill: " + what + " from " + failure.upstream());
            }
            else if (IDEMPOTENT.contains(failure.method())) {
                java.util.Optional<ProxyLog.Cut> cut = cuts.stream().filter(candidate -> candidate.method().equals(failure.method())
                        && candidate.path().equals(failure.path()) && Math.abs(candidate.at() - failure.at()) <= CUT_MATCH_MILLIS).findFirst();
                if (cut.isPresent()) {
                    cuts.remove(cut.get());
                    cutMidAnswer++;
                }
                else {
                    problems.add("an idempotent request failed before any answer was passed on: " + what + " " + failure.path()
                            + " from " + failure.upstream());
                }
            }
        }
        Map<String, Integer> retried = new TreeMap<>();
        proxyLog.retries().forEach(retry -> retried.merge(retry.method() + " → " + retry.status(), 1, Integer::sum));
        check("errors seen by clients during the kill", failures.size() + " failed attempts seen by clients"
                + (seen.isEmpty() ? "" : " " + seen) + " (" + cutMidAnswer + " of them answers the killed node was sending, cut after"
                + " nginx had passed their headers on), each write retried by its client with the same Idempotency-Key until answered;"
                + " nginx passed " + proxyLog.retries().size() + " of " + proxyLog.requests() + " requests to the other node " + retried
                + ", answered " + proxyLog.serverErrors() + " 5xx by method", problems);
    }
}
