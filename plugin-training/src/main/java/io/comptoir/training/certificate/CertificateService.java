package io.comptoir.training.certificate;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.training.Permissions;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.Certificate;
import io.comptoir.training.api.CertificatePdf;
import io.comptoir.training.api.Certificates;
import io.comptoir.training.api.Completion;
import io.comptoir.training.api.Course;
import io.comptoir.training.api.CourseId;
import io.comptoir.training.api.Courses;
import io.comptoir.training.api.TrainingModule;
import io.comptoir.training.progress.CompletionStore;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/** {@link Certificates} from the completions. */
public final class CertificateService implements Certificates {
    private final Courses courses;
    private final CompletionStore completions;
    private final Permissions permissions;
    private final MerchantDirectory merchants;
    private final AccountDirectory accounts;
    private final Territory territory;
    private final MarketCalendar calendar;

    public CertificateService(Courses courses, CompletionStore completions, Permissions permissions, MerchantDirectory merchants,
                              AccountDirectory accounts, Territory territory, MarketCalendar calendar) {
        this.courses = requireNonNull(courses, "courses is null");
        this.completions = requireNonNull(completions, "completions is null");
        this.permissions = requireNonNull(permissions, "permissions is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.calendar = requireNonNull(calendar, "calendar is null");
    }

    @Override
    public List<Certificate> earned(MerchantId shop, Actor actor) {
        Merchant merchant = merchants.require(requireNonNull(shop, "shop is null"));
        permissions.requireShopAccess(actor, shop);
        Map<AccountId, List<Completion>> byPerson = completions.completions(shop).stream().collect(Collectors.groupingBy(Completion::account));
        List<Certificate> earned = new ArrayList<>();
        for (Course course : courses.courses(false)) {
            List<TrainingModule> modules = courses.modules(course.id());
            byPerson.forEach((person, done) -> certificate(course, modules, merchant, person, done).ifPresent(earned::add));
        }
        earned.sort(Comparator.comparing((Certificate c) -> c.course().value()).thenComparing(Certificate::personName));
        return earned;
    }

    @Override
    public CertificatePdf certificate(CourseId courseId, MerchantId shop, AccountId person, Actor actor) {
        requireNonNull(courseId, "courseId is null");
        requireNonNull(person, "person is null");
        Merchant merchant = merchants.require(requireNonNull(shop, "shop is null"));
        permissions.requireShopAccess(actor, shop);
        Course course = courses.course(courseId).filter(Course::published).orElseThrow(() -> NotFoundException.of("course", courseId));
        Account holder = accounts.account(person).orElseThrow(() -> NotFoundException.of("account", person));
        List<Completion> done = completions.completions(shop).stream().filter(c -> c.account().equals(person)).toList();
        // the shop's people: its staff, and those who learnt for it before they left (their certificates are listed too)
        if (done.isEmpty() && !holder.isStaffOf(shop.value())) {
            throw new AccessDeniedException("account " + person + " is not one of the people of shop " + shop);
        }
        Certificate certificate = certificate(course, courses.modules(courseId), merchant, person, done)
                .orElseThrow(() -> new ConflictException("course_not_completed",
                        "account " + person + " has not completed every module of course " + courseId + " for this shop"));
        // in the language of the person it certifies, who is the one to keep it
        Locale language = holder.language();
        return new CertificatePdf("attestation-" + slug(course.title()) + ".pdf", CertificateRenderer.render(certificate, bodies(), language));
    }

    private Optional<Certificate> certificate(Course course, List<TrainingModule> modules, Merchant shop, AccountId person,
                                              List<Completion> done) {
        if (modules.isEmpty()) {
            return Optional.empty();
        }
        List<Instant> times = new ArrayList<>();
        for (TrainingModule module : modules) {
            Optional<Completion> completion = done.stream().filter(c -> c.module().equals(module.id()) && c.account().equals(person)).findFirst();
            if (completion.isEmpty()) {
                return Optional.empty();
            }
            times.add(completion.get().completedAt());
        }
        String name = accounts.account(person).map(Account::displayName).orElse("");
        return Optional.of(new Certificate(course.id(), course.title(), shop.id(), shop.name(), person, name,
                calendar.dayOf(times.stream().max(Comparator.naturalOrder()).orElseThrow()),
                modules.stream().map(TrainingModule::title).toList()));
    }

    /** The territory's bodies that issue it, e.g. "CAPSO · CCPL" (empty when none is recorded). */
    private String bodies() {
        return territory.intercommunalities().stream().map(Intercommunality::code).collect(Collectors.joining(" · "));
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "formation" : slug.substring(0, Math.min(60, slug.length()));
    }
}
