package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchQuery;
import io.comptoir.engine.api.search.SearchResult;
import io.comptoir.engine.api.search.SortOrder;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures the Lucene index on generated catalogues: build time, heap, single-thread throughput and latency
 * percentiles of typical queries. Not a test (speed goals are not asserted in unit tests); run it with
 * <pre>
 * mvn -pl engine-core -am test-compile -o -q &amp;&amp; java -Xmx512m -cp "$(cat engine-core/target/cp.txt):engine-core/target/classes:engine-core/target/test-classes" \
 *     io.comptoir.engine.core.search.lucene.SearchIndexBenchmark 4000 1000000
 * </pre>
 * ({@code cp.txt} from {@code mvn -pl engine-core dependency:build-classpath -Dmdep.outputFile=target/cp.txt}).
 * Arguments: catalogue sizes (default 4 000 and 1 000 000), then optionally {@code --seconds=N} per query and
 * {@code --result-cache=N} (default 0: every search runs in full; the index's default is
 * 512).
 */
public final class SearchIndexBenchmark {

    /** CPU time of the measuring thread: what a query costs, which other processes of a shared machine do not inflate. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SearchIndexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long[] sizes = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).mapToLong(Long::parseLong).toArray();
        if (sizes.length == 0) {
            sizes = new long[] {4_000, 1_000_000};
        }
        double seconds = Arrays.stream(args).filter(arg -> arg.startsWith("--seconds="))
                .mapToDouble(arg -> Double.parseDouble(arg.substring("--seconds=".length()))).findFirst().orElse(5);
        int resultCache = Arrays.stream(args).filter(arg -> arg.startsWith("--result-cache="))
                .mapToInt(arg -> Integer.parseInt(arg.substring("--result-cache=".length()))).findFirst().orElse(0);
        for (long size : sizes) {
            run(size, seconds, resultCache);
        }
    }

    private static void run(long size, double seconds, int resultCache) throws IOException {
        Path directory = Files.createTempDirectory("comptoir-search-bench");
        int merchants = (int) Math.max(172, size / 500);
        CatalogueGenerator catalogue = new CatalogueGenerator(42, merchants);
        System.out.printf("%n== %,d products, %,d shops, result cache %d ==%n", size, merchants, resultCache);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(directory, LuceneSearchIndex.Tuning.DEFAULT.withResultCacheSize(resultCache))) {
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            long cpuBefore = processCpuNanos();
            index.replaceAll(catalogue.documents(size));
            long buildMillis = (System.nanoTime() - start) / 1_000_000;
            long buildCpuMillis = (processCpuNanos() - cpuBefore) / 1_000_000;
            long heapAfter = usedHeap();
            System.out.printf("build: %,d ms (%,.0f docs/s; CPU of the process %,d ms), index on disk %,d MB, heap after build %,d MB (+%,d MB)%n",
                    buildMillis, size * 1000.0 / Math.max(1, buildMillis), buildCpuMillis, diskSize(directory) >> 20,
                    heapAfter >> 20, (heapAfter - heapBefore) >> 20);

            Map<String, SearchQuery> queries = new LinkedHashMap<>();
            SearchQuery noFacets = SearchQuery.all().withFacets(false);
            queries.put("q=chaussure", noFacets.withText("chaussure"));
            queries.put("q=chaussure +facets", SearchQuery.text("chaussure"));
            queries.put("q=café moulu bio +facets", SearchQuery.text("café moulu bio"));
            queries.put("q=chaus (prefix) +facets", SearchQuery.text("chaus"));
            queries.put("q=pain +commune+stock+price +facets", SearchQuery.text("pain")
                    .withCommunes(Set.of("62765", "62040")).withInStockOnly(true)
                    .withPrice(OptionalLong.of(200), OptionalLong.of(2_000)));
            queries.put("all newest", noFacets);
            queries.put("all +facets", SearchQuery.all());
            queries.put("all commune+stock, price asc +facets", SearchQuery.all().withCommunes(Set.of("62765"))
                    .withInStockOnly(true).withSort(SortOrder.PRICE_ASC));
            queries.put("q=fromage page 5 price desc", noFacets.withText("fromage").withSort(SortOrder.PRICE_DESC)
                    .withPage(5, 24));
            long warmUpEnd = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < warmUpEnd) {
                queries.values().forEach(index::search);
            }
            for (int round = 1; round <= 2; round++) {
                System.out.printf("-- round %d%s%n", round, round == 1 ? " (still warming up)" : "");
                for (Map.Entry<String, SearchQuery> query : queries.entrySet()) {
                    measure(index, query.getKey(), query.getValue(), seconds);
                }
            }
            System.out.printf("heap after queries: %,d MB%n", usedHeap() >> 20);
        }
        finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void measure(LuceneSearchIndex index, String name, SearchQuery query, double seconds) {
        SearchResult sample = index.search(query);
        long warmUpEnd = System.nanoTime() + (long) (seconds * 0.3e9);
        while (System.nanoTime() < warmUpEnd) {
            index.search(query);
        }
        long[] latencies = new long[1 << 20];
        long[] cpuTimes = new long[latencies.length];
        int count = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now = start;
        long cpu = THREADS.getCurrentThreadCpuTime();
        while (now < end && count < latencies.length) {
            index.search(query);
            long after = System.nanoTime();
            long cpuAfter = THREADS.getCurrentThreadCpuTime();
            latencies[count] = after - now;
            cpuTimes[count++] = cpuAfter - cpu;
            now = after;
            cpu = cpuAfter;
        }
        Arrays.sort(latencies, 0, count);
        Arrays.sort(cpuTimes, 0, count);
        System.out.printf("%-40s total %,9d | %,8.0f ops/s | p50 %7.3f ms | p95 %7.3f ms | p99 %7.3f ms | CPU p50 %7.3f p95 %7.3f ms%n",
                name, sample.total(), count / ((now - start) / 1e9),
                percentile(latencies, count, 50), percentile(latencies, count, 95), percentile(latencies, count, 99),
                percentile(cpuTimes, count, 50), percentile(cpuTimes, count, 95));
    }

    private static double percentile(long[] sorted, int count, int percent) {
        return sorted[Math.min(count - 1, (int) Math.ceil(count * percent / 100.0) - 1)] / 1e6;
    }

    /** CPU time of every thread of this process (the build indexes on several). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long diskSize(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }
}
