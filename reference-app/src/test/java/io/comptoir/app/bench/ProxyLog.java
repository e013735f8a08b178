package io.comptoir.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proxy's own account of the run, from its access log in the format {@code bench/two-nodes.sh} gives nginx
 * ({@code $msec $request_method $request_uri $status "$upstream_addr" "$upstream_status" $request_time}): how many
 * requests it passed to a second node after the first failed (its upstream address lists both), by method and with the
 * status the client finally got; how many server errors it answered; and, from its error log, the answers it began to
 * pass on but could not finish (the node died while sending the body, "while reading upstream": nginx had sent the
 * status line and headers on, so it could no longer send the request to another node; its access log says 200 for
 * those, its error log tells them).
 */
final class ProxyLog {
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\.(\\d+) (\\S+) (\\S+) (\\d{3}) \"([^\"]*)\" \"([^\"]*)\" (\\S+)$");
    /** An error-log line of an answer cut while its body was being passed on (not "while reading response header"). */
    private static final Pattern CUT = Pattern.compile(
            "^(\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}) \\[error\\] .* while reading upstream, .* request: \"(\\S+) (\\S+) HTTP/[0-9.]+\".*$");
    /** nginx writes its error log's times to the second, in the machine's time zone. */
    private static final java.time.format.DateTimeFormatter ERROR_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    /** A request the proxy sent to more than one node: when (epoch milliseconds), what, and each node's answer. */
    record Retry(long at, String method, String path, int status, String upstreams, String upstreamStatuses) {
    }

    /** An answer the proxy began to pass on and could not finish: when (epoch milliseconds, to the second), and to which request. */
    record Cut(long at, String method, String path) {
    }

    /**
     * What the log says: every request, those retried on the other node, the 5xx answers clients got by method, and the
     * answers cut after their headers were passed on.
     */
    record Summary(long requests, List<Retry> retries, Map<String, Long> serverErrors, List<Cut> cuts) {
    }

    static Summary read(Path log, Path errorLog) throws IOException {
        long requests = 0;
        List<Retry> retries = new java.util.ArrayList<>();
        Map<String, Long> serverErrors = new TreeMap<>();
        List<Cut> cuts = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher fields = LINE.matcher(line);
            if (!fields.matches()) {
                continue;
            }
            requests++;
            long at = Long.parseLong(fields.group(1)) * 1000 + Long.parseLong(fields.group(2));
            int status = Integer.parseInt(fields.group(5));
            if (fields.group(6).contains(",")) {
                retries.add(new Retry(at, fields.group(3), fields.group(4), status, fields.group(6), fields.group(7)));
            }
            if (status >= 500) {
                serverErrors.merge(fields.group(3), 1L, Long::sum);
            }
        }
        for (String line : Files.exists(errorLog) ? Files.readAllLines(errorLog) : List.<String>of()) {
            Matcher fields = CUT.matcher(line);
            if (fields.matches()) {
                long at = java.time.LocalDateTime.parse(fields.group(1), ERROR_TIME).atZone(java.time.ZoneId.systemDefault()).toInstant()
                        .toEpochMilli();
                cuts.add(new Cut(at, fields.group(2), fields.group(3)));
            }
        }
        return new Summary(requests, retries, serverErrors, cuts);
    }
}
