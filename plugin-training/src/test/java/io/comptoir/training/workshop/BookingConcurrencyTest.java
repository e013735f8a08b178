package io.comptoir.training.workshop;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.Booking;
import io.comptoir.training.api.BookingState;
import io.comptoir.training.api.Cancellation;
import io.comptoir.training.api.SessionRoster;
import io.comptoir.training.api.WorkshopSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;

final class BookingConcurrencyTest {

    @EachDatabase
    void fortyConcurrentBookingsOfTwelveSeatsGiveTwelveSeatsAndTwentyEightWaitingInArrivalOrder(TestDatabase db) throws Exception {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            WorkshopSession session = market.session(starter.page(), market.trainer("Julie Vandamme"), 12, TestMarketplace.nextMonday());
            List<Person> people = people(market, 40);

            List<Booking> answers = all(people.stream().<Callable<Booking>>map(person -> () -> market.workshops()
                    .book(session.id(), person.shop().id(), person.account().id(), actor(person.account()))).toList());

            SessionRoster roster = market.workshops().roster(session.id(), market.adminActor());
            assertThat(roster.booked()).hasSize(12);
            assertThat(roster.waiting()).hasSize(28);
            assertThat(answers.stream().filter(b -> b.state() == BookingState.BOOKED)).hasSize(12);
            assertThat(answers.stream().map(Booking::arrival).sorted().toList()).isEqualTo(IntStream.rangeClosed(1, 40).boxed().toList());
            // Seats go to the first twelve arrivals, the waiting list follows the arrival order.
            assertThat(roster.booked()).extracting(entry -> entry.booking().arrival()).isEqualTo(IntStream.rangeClosed(1, 12).boxed().toList());
            assertThat(roster.waiting()).extracting(entry -> entry.booking().arrival()).isEqualTo(IntStream.rangeClosed(13, 40).boxed().toList());
            assertThat(roster.waiting()).extracting(entry -> entry.booking().waitingPosition().orElseThrow())
                    .isEqualTo(IntStream.rangeClosed(1, 28).boxed().toList());
            // What each request was told is what was stored.
            for (Booking answer : answers) {
                assertThat(market.workshops().booking(answer.id(), market.adminActor())).isEqualTo(answer);
            }
            assertThat(market.workshops().session(session.id()).orElseThrow()).extracting(WorkshopSession::booked, WorkshopSession::waiting)
                    .containsExactly(12, 28);
        }
    }

    @EachDatabase
    void concurrentCancellationsPromoteFromTheWaitingListExactlyOnceEach(TestDatabase db) throws Exception {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            WorkshopSession session = market.session(starter.page(), market.trainer("Julie Vandamme"), 12, TestMarketplace.nextMonday());
            List<Person> people = people(market, 40);
            List<Booking> bookings = new ArrayList<>();
            for (Person person : people) {
                bookings.add(market.workshops().book(session.id(), person.shop().id(), person.account().id(), actor(person.account())));
            }
            List<Booking> seated = bookings.subList(0, 12);
            List<Booking> waiting = bookings.subList(12, 40);

            // Ten seat holders cancel, five of the waiting list too, and one seat holder's cancellation is sent twice at once.
            List<Callable<Cancellation>> cancellations = new ArrayList<>();
            for (Booking booking : seated.subList(0, 10)) {
                cancellations.add(() -> market.workshops().cancel(booking.id(), actor(people.get(bookings.indexOf(booking)).account())));
            }
            cancellations.add(() -> market.workshops().cancel(seated.get(0).id(), market.adminActor()));
            for (Booking booking : waiting.subList(20, 25)) {
                cancellations.add(() -> market.workshops().cancel(booking.id(), actor(people.get(bookings.indexOf(booking)).account())));
            }
            List<Cancellation> results = all(cancellations);

            List<Booking> promoted = results.stream().map(Cancellation::promoted).flatMap(Optional::stream).toList();
            assertThat(promoted).hasSize(10);
            assertThat(promoted).extracting(Booking::id).doesNotHaveDuplicates();
            SessionRoster roster = market.workshops().roster(session.id(), market.adminActor());
            assertThat(roster.booked()).hasSize(12);
            // The first ten of the waiting list got the seats, whatever order the cancellations came in.
            assertThat(roster.booked()).extracting(entry -> entry.booking().arrival())
                    .containsExactlyInAnyOrderElementsOf(concat(IntStream.rangeClosed(11, 12), IntStream.rangeClosed(13, 22)));
            assertThat(roster.waiting()).extracting(entry -> entry.booking().arrival())
                    .isEqualTo(concat(IntStream.rangeClosed(23, 32), IntStream.rangeClosed(38, 40)));
            assertThat(roster.waiting()).extracting(entry -> entry.booking().waitingPosition().orElseThrow())
                    .isEqualTo(IntStream.rangeClosed(1, 13).boxed().toList());
            assertThat(roster.cancelled()).hasSize(15);
            assertThat(countEvents(db, "training.booking_promoted")).isEqualTo(10);
            assertThat(countEvents(db, "training.booking_cancelled")).isEqualTo(15);
            for (Booking booking : waiting.subList(0, 10)) {
                assertThat(market.mailsTo(people.get(bookings.indexOf(booking)).account()))
                        .filteredOn(mail -> mail.mail().kind().equals("training_booking_promoted")).hasSize(1);
            }
        }
    }

    private static List<Integer> concat(IntStream first, IntStream second) {
        return IntStream.concat(first, second).boxed().sorted(Comparator.naturalOrder()).toList();
    }

    record Person(Merchant shop, Account account) {
    }

    /** Staff of four shops, ten each. */
    private static List<Person> people(TestMarketplace market, int count) {
        List<Merchant> shops = IntStream.range(0, 4).mapToObj(i -> market.onboardingShop("Boutique " + i)).toList();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Merchant shop = shops.get(i % shops.size());
            people.add(new Person(shop, market.staff(shop, "Personne " + i)));
        }
        return people;
    }

    /** Runs every task at once, on as many threads, and returns their results in task order. */
    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static long countEvents(TestDatabase db, String type) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM domain_event WHERE type = ?")) {
            statement.setString(1, type);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
