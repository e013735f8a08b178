package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.search.SearchSuggestions;
import io.comptoir.engine.core.search.SeedCatalogue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Latency of {@link LuceneSearchIndex#suggest} as a search box calls it: every beginning (two letters and more) of
 * every judged query of {@code bench/relevance}, typed letter by letter, on a territory's catalogue, with the result
 * cache off (each call computes its answer), one thread, after a warm-up round. Run by {@code bench/suggestions.sh}.
 * Arguments: the seed directory, the judged queries, then the number of measured rounds (default 20).
 */
public final class SuggestionBenchmark {

    private SuggestionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        SeedCatalogue catalogue = SeedCatalogue.read(Path.of(args[0]));
        List<String> typed = typing(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path synonymsFile = Path.of(args[0]).resolve("synonyms.txt");
        Synonyms synonyms = Files.exists(synonymsFile) ? Synonyms.read(synonymsFile) : Synonyms.none();
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(LuceneSearchIndex.Tuning.DEFAULT.withResultCacheSize(0), synonyms)) {
            index.replaceAll(catalogue.documents().iterator());
            for (String text : typed) {
                index.suggest(text, 8); // warm-up
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[] nanos = new long[typed.size() * rounds];
            long[] cpu = new long[typed.size() * rounds];
            long[] worst = new long[typed.size()];
            int n = 0;
            long empty = 0;
            for (int round = 0; round < rounds; round++) {
                for (int t = 0; t < typed.size(); t++) {
                    String text = typed.get(t);
                    long startCpu = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    SearchSuggestions suggestions = index.suggest(text, 8);
                    nanos[n] = System.nanoTime() - start;
                    cpu[n] = threads.getCurrentThreadCpuTime() - startCpu;
                    worst[t] = Math.max(worst[t], nanos[n++]);
                    if (round == 0 && suggestions.isEmpty()) {
                        empty++;
                    }
                }
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%d products; %d texts typed letter by letter (%d without any suggestion), %d rounds%n",
                    catalogue.entries().size(), typed.size(), empty, rounds);
            System.out.printf(Locale.ROOT, "suggest(text, 8): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (goal: p99 < 10 ms)%n",
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
            // on a shared machine the wall clock includes the time other processes held the core
            System.out.printf(Locale.ROOT, "  CPU time of the calling thread: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    ms(cpu, 0.50), ms(cpu, 0.95), ms(cpu, 0.99), cpu[cpu.length - 1] / 1e6);
            Integer[] order = new Integer[typed.size()];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(worst[b], worst[a]));
            System.out.print("slowest texts (worst of the rounds):");
            for (int i = 0; i < Math.min(5, order.length); i++) {
                System.out.printf(Locale.ROOT, " '%s' %.1f ms", typed.get(order[i]), worst[order[i]] / 1e6);
            }
            System.out.println();
            SearchSuggestions sample = index.suggest("choc", 5);
            System.out.println("e.g. 'choc': " + sample.products().stream().map(SearchSuggestions.ProductSuggestion::name).toList()
                    + " / shops " + sample.shops().stream().map(SearchSuggestions.ShopSuggestion::name).toList()
                    + " / categories " + sample.categories().stream().map(SearchSuggestions.CategorySuggestion::name).toList());
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static List<String> typing(Path judged) throws IOException {
        Set<String> texts = new LinkedHashSet<>();
        for (String line : Files.readAllLines(judged, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String query = line.split("\t")[0];
            for (int end = 2; end <= query.length(); end++) {
                texts.add(query.substring(0, end));
            }
        }
        return new ArrayList<>(texts);
    }
}
