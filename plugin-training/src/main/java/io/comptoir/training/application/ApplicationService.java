package io.comptoir.training.application;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.plugin.kit.Database;
import io.comptoir.plugin.kit.MailTexts;
import io.comptoir.plugin.kit.SqlErrors;
import io.comptoir.training.Permissions;
import io.comptoir.training.TrainingEvents;
import io.comptoir.training.api.ApplicationForm;
import io.comptoir.training.api.ApplicationId;
import io.comptoir.training.api.ApplicationStatus;
import io.comptoir.training.api.ShopApplication;
import io.comptoir.training.api.ShopApplications;
import io.comptoir.training.support.Events;
import io.comptoir.training.support.Mails;
import io.comptoir.training.support.Texts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link ShopApplications} on the database and the engine's merchants and accounts. */
public final class ApplicationService implements ShopApplications {
    /** An approval that has not finished after this long is taken to have died, and may be taken over. */
    static final Duration STALE_APPROVAL = Duration.ofMinutes(10);
    private static final Actor PUBLIC_FORM = Actor.system("training-application-form");

    private final Database db;
    private final Clock clock;
    private final Events events;
    private final Permissions permissions;
    private final ApplicationFormValidator validator;
    private final ShopEnrolment enrolment;
    private final AccountDirectory accounts;
    private final Mails mails;
    private final String passwordResetUrl;

    public ApplicationService(Database db, Clock clock, Events events, Permissions permissions, Territory territory,
                              MerchantDirectory merchants, AccountDirectory accounts, Mails mails, String passwordResetUrl) {
        this.db = requireNonNull(db, "db is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.events = requireNonNull(events, "events is null");
        this.permissions = requireNonNull(permissions, "permissions is null");
        this.validator = new ApplicationFormValidator(territory);
        this.enrolment = new ShopEnrolment(merchants, accounts);
        this.accounts = requireNonNull(accounts, "accounts is null");
        this.mails = requireNonNull(mails, "mails is null");
        this.passwordResetUrl = requireNonNull(passwordResetUrl, "passwordResetUrl is null");
    }

    @Override
    public ShopApplication apply(ApplicationForm form, Locale language) {
        ApplicationForm clean = validator.validate(form);
        Locale written = ApplicationFormValidator.language(language);
        if (enrolment.siretTaken(clean.siret(), Optional.empty())) {
            throw new ConflictException("siret_already_registered", "a shop of the marketplace already has this SIRET");
        }
        ShopApplication application;
        try {
            application = db.inTransaction(handle -> {
                ApplicationDao dao = handle.attach(ApplicationDao.class);
                long id = dao.insert(clean.shopName(), clean.siret(), clean.trade(), clean.street(), clean.postalCode(), clean.communeInsee(),
                        clean.contactName(), clean.contactEmail(), clean.contactPhone(), clean.message(), written.getLanguage(),
                        clock.instant());
                events.publish(handle, TrainingEvents.APPLICATION_SUBMITTED, id,
                        Map.of("commune", clean.communeInsee()), PUBLIC_FORM);
                return dao.find(id).orElseThrow().toApplication();
            });
        }
        catch (RuntimeException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                throw new ConflictException("application_exists", "an application for this SIRET is already pending or approved");
            }
            throw e;
        }
        mails.send(ApplicationMails.received(clean, replyLanguage(application)));
        return application;
    }

    @Override
    public ShopApplication application(ApplicationId id, Actor actor) {
        requireNonNull(id, "id is null");
        permissions.requireAdmin(actor);
        return row(id).toApplication();
    }

    private ApplicationRow row(ApplicationId id) {
        return db.with(ApplicationDao.class, dao -> dao.find(id.value())).orElseThrow(() -> NotFoundException.of("application", id));
    }

    @Override
    public List<ShopApplication> list(Optional<ApplicationStatus> status, int offset, int limit, Actor actor) {
        requireNonNull(status, "status is null");
        permissions.requireAdmin(actor);
        if (offset < 0 || limit < 1 || limit > 500) {
            throw InvalidInputException.invalid("limit", "a page has 1 to 500 applications from offset 0 on");
        }
        return db.with(ApplicationDao.class, dao -> status.map(value -> dao.list(value.name(), limit, offset))
                .orElseGet(() -> dao.listAll(limit, offset))).stream().map(ApplicationRow::toApplication).toList();
    }

    @Override
    public Map<ApplicationStatus, Integer> countByStatus(Actor actor) {
        permissions.requireAdmin(actor);
        Map<ApplicationStatus, Integer> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0);
        }
        db.with(ApplicationDao.class, ApplicationDao::countByStatus)
                .forEach(count -> counts.put(ApplicationStatus.valueOf(count.status()), count.count()));
        return counts;
    }

    @Override
    public ShopApplication approve(ApplicationId id, Actor actor) {
        return approve(id, actor, STALE_APPROVAL);
    }

    @Override
    public ShopApplication resumeApproval(ApplicationId id, Actor actor) {
        return approve(id, actor, Duration.ZERO);
    }

    /** Claims the application, pending or left approving for longer than {@code stale}, and approves it. */
    private ShopApplication approve(ApplicationId id, Actor actor, Duration stale) {
        requireNonNull(id, "id is null");
        permissions.requireAdmin(actor);
        Instant claimedAt = clock.instant();
        int claimed = db.with(ApplicationDao.class, dao -> dao.claim(id.value(), claimedAt, claimedAt.minus(stale)));
        if (claimed == 0) {
            throw notClaimable(row(id));
        }
        ApplicationRow row = row(id);
        try {
            ApplicationForm form = row.form();
            Merchant shop = enrolment.shop(form, Optional.ofNullable(row.merchantId()).map(MerchantId::new), actor,
                    created -> db.use(ApplicationDao.class, dao -> dao.attachMerchant(id.value(), created)));
            ShopEnrolment.Staff staff = enrolment.staff(form, row.writtenIn(), shop.id(), actor);
            db.use(ApplicationDao.class, dao -> dao.attachStaff(id.value(), staff.account().id().value(), staff.created()));
            db.useTransaction(handle -> {
                if (handle.attach(ApplicationDao.class).approved(id.value(), clock.instant(), actor.toString(), claimedAt) != 1) {
                    throw new ConflictException("application_being_approved", "another admin took this approval over");
                }
                events.publish(handle, TrainingEvents.APPLICATION_APPROVED, id.value(),
                        Map.of("merchant", shop.id().toString(), "account", staff.account().id().toString()), actor);
            });
        }
        catch (RuntimeException e) {
            db.use(ApplicationDao.class, dao -> dao.release(id.value(), claimedAt));
            throw e;
        }
        ApplicationRow approved = row(id);
        boolean newAccount = db.with(ApplicationDao.class, dao -> dao.staffAccountNew(id.value()));
        mails.send(ApplicationMails.approved(approved.form(), newAccount, replyLanguage(approved.toApplication())));
        if (newAccount) {
            accounts.requestPasswordReset(approved.contactEmail(), passwordResetUrl);
        }
        return approved.toApplication();
    }

    /** The language of the account at the contact's address, else the one the form was filled in. */
    private Locale replyLanguage(ShopApplication application) {
        return MailTexts.languageOf(accounts, application.form().contactEmail(), application.language());
    }

    private static ConflictException notClaimable(ApplicationRow row) {
        return switch (row.applicationStatus()) {
            case APPROVING -> new ConflictException("application_being_approved", "another admin is approving this application");
            default -> new ConflictException("application_decided", "this application is already " + row.status().toLowerCase(java.util.Locale.ROOT));
        };
    }

    @Override
    public ShopApplication reject(ApplicationId id, String reason, Actor actor) {
        requireNonNull(id, "id is null");
        permissions.requireAdmin(actor);
        String why = Texts.block("reason", reason, 1, 1000);
        ApplicationRow current = row(id);
        db.useTransaction(handle -> {
            ApplicationDao dao = handle.attach(ApplicationDao.class);
            if (dao.rejected(id.value(), why, clock.instant(), actor.toString()) != 1) {
                throw notClaimable(current.applicationStatus() == ApplicationStatus.PENDING ? dao.find(id.value()).orElseThrow() : current);
            }
            events.publish(handle, TrainingEvents.APPLICATION_REJECTED, id.value(), Map.of(), actor);
        });
        ApplicationRow rejected = row(id);
        mails.send(ApplicationMails.rejected(rejected.form(), why, replyLanguage(rejected.toApplication())));
        return rejected.toApplication();
    }
}
