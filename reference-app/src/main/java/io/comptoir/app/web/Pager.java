package io.comptoir.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Paging links: previous, next, the first and last pages and a window around the current one, with gaps. Pages are
 * numbered from 1 for people.
 */
public record Pager(int current, int pageCount, Optional<String> previous, Optional<String> next, List<Link> links) {

    /** A page number, or a gap ({@code number} 0) between distant pages. */
    public record Link(int number, String url, boolean current) {
        public boolean isGap() {
            return number == 0;
        }
    }

    public static Pager of(int current, int pageCount, IntFunction<String> url) {
        List<Link> links = new ArrayList<>();
        int previousShown = 0;
        for (int number = 1; number <= pageCount; number++) {
            boolean shown = number == 1 || number == pageCount || Math.abs(number - current) <= 2;
            if (shown) {
                if (previousShown > 0 && number - previousShown > 1) {
                    links.add(new Link(0, "", false));
                }
                links.add(new Link(number, url.apply(number), number == current));
                previousShown = number;
            }
        }
        return new Pager(current, pageCount,
                current > 1 ? Optional.of(url.apply(current - 1)) : Optional.empty(),
                current < pageCount ? Optional.of(url.apply(current + 1)) : Optional.empty(),
                links);
    }

    public boolean isNeeded() {
        return pageCount > 1;
    }
}
