package io.comptoir.app.catalogue;

import io.comptoir.app.web.Pager;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

final class PagerTest {

    @Test
    void showsTheEndsAndAWindowAroundTheCurrentPageWithGaps() {
        Pager pager = Pager.of(10, 20, number -> "/p?page=" + number);

        assertThat(pager.links()).extracting(Pager.Link::number).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
        assertThat(pager.links()).filteredOn(Pager.Link::current).extracting(Pager.Link::url).containsExactly("/p?page=10");
        assertThat(pager.previous()).contains("/p?page=9");
        assertThat(pager.next()).contains("/p?page=11");
    }

    @Test
    void theFirstAndLastPagesHaveNoStepBeyondThem() {
        assertThat(Pager.of(1, 3, String::valueOf).previous()).isEqualTo(Optional.empty());
        assertThat(Pager.of(3, 3, String::valueOf).next()).isEqualTo(Optional.empty());
        assertThat(Pager.of(2, 4, String::valueOf).links()).extracting(Pager.Link::number).containsExactly(1, 2, 3, 4);
        assertThat(Pager.of(1, 1, String::valueOf).isNeeded()).isFalse();
    }
}
