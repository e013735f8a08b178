package io.comptoir.vouchers;

import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.EngineApi;
import io.comptoir.engine.api.account.AccountDirectory;
import io.comptoir.engine.api.catalogue.Catalogue;
import io.comptoir.engine.api.event.EventType;
import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.order.Orders;
import io.comptoir.engine.api.payment.Payments;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.throttle.AttemptLimits;
import io.comptoir.plugin.kit.Database;
import io.comptoir.vouchers.api.LedgerAudit;
import io.comptoir.plugin.kit.MarketCalendar;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.PointOfSaleDesk;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.api.Settlements;
import io.comptoir.vouchers.api.StoreRedemptions;
import io.comptoir.vouchers.api.VoucherJobs;
import io.comptoir.vouchers.api.VoucherReports;
import io.comptoir.vouchers.api.VoucherRoles;
import io.comptoir.vouchers.api.VoucherSeeds;
import io.comptoir.vouchers.api.VoucherStock;
import io.comptoir.vouchers.api.Vouchers;
import io.comptoir.vouchers.code.CodeGenerator;
import io.comptoir.vouchers.expiry.ExpiryJob;
import io.comptoir.vouchers.expiry.Reminders;
import io.comptoir.vouchers.fraud.AttemptGuard;
import io.comptoir.vouchers.ledger.Ledger;
import io.comptoir.vouchers.ledger.LedgerAuditService;
import io.comptoir.vouchers.ledger.LedgerProbe;
import io.comptoir.vouchers.mail.VoucherMails;
import io.comptoir.vouchers.online.OnlineSales;
import io.comptoir.vouchers.online.OnlineShopService;
import io.comptoir.vouchers.pos.PointOfSaleService;
import io.comptoir.vouchers.privacy.VoucherPersonalData;
import io.comptoir.vouchers.programme.ProgrammeService;
import io.comptoir.vouchers.redemption.HoldRecovery;
import io.comptoir.vouchers.redemption.RedemptionBook;
import io.comptoir.vouchers.redemption.StoreRedemptionService;
import io.comptoir.vouchers.redemption.VoucherPaymentProvider;
import io.comptoir.vouchers.report.ReportService;
import io.comptoir.vouchers.sale.PointOfSaleDeskService;
import io.comptoir.vouchers.sale.VoucherIssuer;
import io.comptoir.vouchers.seed.VoucherSeedLoader;
import io.comptoir.vouchers.settlement.SettlementService;
import io.comptoir.vouchers.stock.StockService;
import io.comptoir.vouchers.voucher.CodeLookup;
import io.comptoir.vouchers.voucher.VoucherEvents;
import io.comptoir.vouchers.voucher.VoucherService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The vouchers plugin: subsidised territorial gift vouchers, from the point of sale to the shop's statement. Its
 * services are reached with {@code engine.service(X.class)}: {@link Programmes}, {@link PointsOfSale},
 * {@link PointOfSaleDesk}, {@link VoucherStock}, {@link Vouchers}, {@link StoreRedemptions}, {@link OnlineVoucherShop},
 * {@link Settlements}, {@link VoucherReports}, {@link LedgerAudit}, {@link VoucherJobs}, {@link VoucherSeeds}. It adds the {@code voucher}
 * payment provider to the checkout, listens to the voucher shop's orders, and runs the expiry and settlement jobs and the
 * release of stranded holds ({@link HoldRecovery}).
 */
public final class VouchersPlugin implements EnginePlugin {
    public static final String ID = "vouchers";

    private final LedgerProbe probe;

    public VouchersPlugin() {
        this(LedgerProbe.NONE);
    }

    private VouchersPlugin(LedgerProbe probe) {
        this.probe = requireNonNull(probe, "probe is null");
    }

    /** A plugin whose ledger calls the probe between a transaction's header and its entries: for fault-injection tests. */
    public static VouchersPlugin withLedgerProbe(LedgerProbe probe) {
        return new VouchersPlugin(probe);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> engineApiVersions() {
        return Optional.of(EngineApi.compatibleWith(EngineApi.VERSION));
    }

    @Override
    public List<EventType> publishedEvents() {
        return VoucherEvents.ALL;
    }

    @Override
    public Optional<String> migrationLocation() {
        return Optional.of("classpath:io/comptoir/vouchers/db/migration");
    }

    @Override
    public void initialize(PluginContext context) {
        context.registerPersonalData(new VoucherPersonalData());
        VoucherSettings settings = VoucherSettings.from(context);
        Clock clock = context.clock();
        MarketCalendar calendar = new MarketCalendar(context.zone());
        Database db = Database.on(context.dataSource());
        MerchantDirectory merchants = context.service(MerchantDirectory.class);
        Catalogue catalogue = context.service(Catalogue.class);
        Territory territory = context.service(Territory.class);
        AccountDirectory accounts = context.service(AccountDirectory.class);
        Ledger ledger = new Ledger(clock, probe);
        CodeGenerator codes = new CodeGenerator();
        VoucherEvents events = new VoucherEvents(context.events());
        AttemptLimits limits = context.service(AttemptLimits.class);
        AttemptGuard wrongCodes = new AttemptGuard(limits.limit("vouchers.wrong-code", settings.wrongCodeLimit(), settings.wrongCodeWindow()));
        AttemptGuard balanceChecks = new AttemptGuard(limits.limit("vouchers.balance-check", settings.balanceCheckLimit(),
                settings.balanceCheckWindow()));
        CodeLookup lookup = new CodeLookup(db, wrongCodes);

        ProgrammeService programmes = new ProgrammeService(db, ledger, clock, merchants, catalogue, settings.cacheTtl());
        PointOfSaleService pointsOfSale = new PointOfSaleService(db, clock, territory, accounts, context.service(Mailer.class));
        context.registerRole(VoucherRoles.POINT_OF_SALE, id -> pointsOfSale.pointOfSale(id).isPresent());
        VoucherIssuer issuer = new VoucherIssuer(ledger, codes, clock, calendar);
        RedemptionBook book = new RedemptionBook(ledger, clock, calendar, codes, programmes, events);
        OnlineShopService onlineShop = new OnlineShopService(db, programmes, merchants, catalogue);
        SettlementService settlements = new SettlementService(db, clock, calendar, ledger, programmes, settings.settlementGrace());
        Reminders reminders = new Reminders(db, clock, events);
        ExpiryJob expiry = new ExpiryJob(db, clock, ledger, programmes, reminders);

        context.registerService(Programmes.class, programmes);
        context.registerService(PointsOfSale.class, pointsOfSale);
        context.registerService(PointOfSaleDesk.class, new PointOfSaleDeskService(db, clock, calendar, programmes, pointsOfSale,
                territory, issuer,
                settings.cacheTtl()));
        context.registerService(VoucherStock.class, new StockService(db, clock, calendar, programmes, issuer, codes));
        context.registerService(Vouchers.class, new VoucherService(db, clock, calendar, programmes, lookup, balanceChecks, ledger, codes,
                events, accounts));
        context.registerService(StoreRedemptions.class, new StoreRedemptionService(db, clock, calendar, programmes, lookup, book));
        context.registerService(OnlineVoucherShop.class, onlineShop);
        context.registerService(Settlements.class, settlements);
        context.registerService(VoucherReports.class, new ReportService(db, programmes, pointsOfSale, merchants, catalogue, territory));
        HoldRecovery holds = new HoldRecovery(db, clock, ledger, programmes, book, context.service(Payments.class));
        context.registerService(LedgerAudit.class, new LedgerAuditService(db,
                () -> holds.stranded().stream().map(HoldRecovery.StrandedHold::describe).toList()));
        context.registerService(VoucherSeeds.class, new VoucherSeedLoader(programmes, pointsOfSale, onlineShop, merchants, catalogue, accounts));
        context.registerService(VoucherJobs.class, new VoucherJobs() {
            @Override
            public int expireDue() {
                return expiry.expireDue();
            }

            @Override
            public int sendReminders() {
                return reminders.sendDue();
            }

            @Override
            public int issueDueStatements(Actor actor) {
                return settlements.issueDue(actor);
            }

            @Override
            public int releaseStrandedHolds() {
                return holds.releaseStranded();
            }
        });

        context.registerPaymentProvider(new VoucherPaymentProvider(db, clock, calendar, programmes, lookup, book));
        context.registerEventListener(OnlineSales.SUBSCRIPTION, new OnlineSales(db, clock, calendar, programmes, onlineShop,
                context.service(Orders.class),
                catalogue, issuer, events, accounts));
        context.registerEventListener(VoucherMails.SUBSCRIPTION, new VoucherMails(db, calendar, programmes, accounts,
                context.service(Mailer.class),
                settings.walletUrl()));
        context.scheduleJob(ExpiryJob.NAME, settings.expiryInterval(), expiry);
        context.scheduleJob("vouchers.settlement", settings.settlementInterval(),
                () -> settlements.issueDue(Actor.system("vouchers.settlement")));
        context.scheduleJob(HoldRecovery.JOB, HoldRecovery.PERIOD, holds::releaseStranded);
    }
}
