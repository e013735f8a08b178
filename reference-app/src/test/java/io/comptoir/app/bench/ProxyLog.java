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
 * ({@code $msec $request_method $uri $status "$upstream_addr" "$upstream_status" $request_time}): how many requests it
 * passed to a second node after the first failed (its upstream address lists both), by method and with the status the
 * client finally got, and how many server errors it answered.
 */
final class ProxyLog {
    private static final Pattern LINE = Pattern.compile("^(\\d+)\\.(\\d+) (\\S+) (\\S+) (\\d{3}) \"([^\"]*)\" \"([^\"]*)\" (\\S+)$");

    /** A request the proxy sent to more than one node: when (epoch milliseconds), what, and each node's answer. */
    record Retry(long at, String method, String path, int status, String upstreams, String upstreamStatuses) {
    }

    /** What the log says: every request, those retried on the other node, and the 5xx answers clients got, by method. */
    record Summary(long requests, List<Retry> retries, Map<String, Long> serverErrors) {
    }

    static Summary read(Path log) throws IOException {
        long requests = 0;
        List<Retry> retries = new java.util.ArrayList<>();
        Map<String, Long> serverErrors = new TreeMap<>();
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
        return new Summary(requests, retries, serverErrors);
    }
}
