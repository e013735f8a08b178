package io.comptoir.training.api;

import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.merchant.MerchantId;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A course one person completed for one shop: every module of the course, by reading, quiz or workshop.
 *
 * @param completedOn the day the last module was completed (in the marketplace's time zone)
 * @param modules the course's module titles, in order
 */
public record Certificate(CourseId course, String courseTitle, MerchantId shop, String shopName, AccountId person, String personName,
                          LocalDate completedOn, List<String> modules) {
    public Certificate {
        requireNonNull(course, "course is null");
        requireNonNull(courseTitle, "courseTitle is null");
        requireNonNull(shop, "shop is null");
        requireNonNull(shopName, "shopName is null");
        requireNonNull(person, "person is null");
        requireNonNull(personName, "personName is null");
        requireNonNull(completedOn, "completedOn is null");
        modules = List.copyOf(requireNonNull(modules, "modules is null"));
    }

    /** A reference printed on the certificate, stable for the same course, shop and person. */
    public String reference() {
        return "C" + course + "-B" + shop + "-P" + person;
    }
}
