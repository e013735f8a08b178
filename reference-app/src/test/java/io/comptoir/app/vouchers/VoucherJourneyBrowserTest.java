package io.comptoir.app.vouchers;

import io.comptoir.app.merchant.ShopPaths;
import io.comptoir.app.testing.HeadlessChromium;
import io.comptoir.app.web.Paths;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.catalogue.Product;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.CustomerOrder;
import io.comptoir.engine.api.order.CustomerOrderStatus;
import io.comptoir.engine.api.order.MerchantOrder;
import io.comptoir.engine.api.order.MerchantOrderStatus;
import io.comptoir.engine.api.order.TenderShare;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Denomination;
import io.comptoir.vouchers.api.FunderShare;
import io.comptoir.vouchers.api.Redemption;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.StatementLine;
import io.comptoir.vouchers.api.Voucher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Booster's life in a real browser, without JavaScript on our side: the tobacconist's operator signs in and sells a
 * Booster voucher at the till, the code is read off the sale's page; a shopper signs in and pays a basket with it and
 * the sandbox card for the rest. With a shop that does not take the Booster in the basket, the public balance page then
 * shows what is left on the voucher; with two shops that take it, the voucher is split between them, each shop accepts
 * its order (the voucher is captured), the territory admin issues the week's statements, and each shop's staff read on
 * their statement how much of the redemption the buyer paid and how much the funders' subsidy.
 */
final class VoucherJourneyBrowserTest {
    private static final io.comptoir.plugin.kit.MarketCalendar PARIS = new io.comptoir.plugin.kit.MarketCalendar(java.time.ZoneId.of("Europe/Paris"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static TestDatabase database;
    private static VoucherMarket market;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        database = TestDatabase.h2();
        market = VoucherMarket.startWithHttpWebhooks(database);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        try {
            if (chromium != null) {
                chromium.close();
            }
        }
        finally {
            if (market != null) {
                market.close();
                database.close();
            }
        }
    }

    private static void open(String path) {
        browser.get(market.uri(path).toString());
    }

    private static String text(String css) {
        return chromium.text(css);
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** Waits for the next page to show an element (a form's answer may still be loading when the click returns). */
    private static void await(By element) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** Waits for the page a form leads to, known by its address. */
    private static void awaitUrl(String fragment) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains(fragment));
    }

    private static void signIn(String email) {
        browser.manage().deleteAllCookies();
        open("/connexion?lang=fr");
        browser.findElement(By.id("f-email")).sendKeys(email);
        browser.findElement(By.id("f-password")).sendKeys(VoucherMarket.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/connexion'] button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("/connexion")));
    }

    private static void addToCart(Product product) {
        open(Paths.product(product.id(), product.slug()));
        await(By.cssSelector(".add-to-cart__submit"));
        browser.findElement(By.cssSelector(".add-to-cart__submit")).click();
        awaitUrl("/panier");
    }

    /** The operator sells one Booster at the till; returns its code as printed on the sale's page. */
    private static String sellBoosterAtTheTill() {
        signIn(market.tobacconistOperator.email());
        open("/point-de-vente?lang=fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Vendre des bons d’achat");
        browser.findElement(By.id("offer-" + market.booster.id() + "-" + market.boosterDenomination())).click();
        browser.findElement(By.cssSelector("form.pos-till button[type=submit]")).click();
        await(By.cssSelector(".notice--success"));
        assertThat(text(".notice--success")).isEqualTo("Vente enregistrée : remettez le bon à l’acheteur.");
        List<String> codes = browser.findElements(By.cssSelector(".voucher-code")).stream().map(WebElement::getText).toList();
        assertThat(codes).hasSize(1);
        assertThat(codes.get(0)).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-.");
        return codes.get(0);
    }

    /** At the checkout: the voucher first, the sandbox card for the rest; waits for the order's thank-you page. */
    private static void payWithVoucherAndCard(String code) {
        open("/commande");
        browser.findElement(By.id("voucher-0")).sendKeys(code);
        browser.findElement(By.id("tender-card")).click();
        browser.findElement(By.id("card-number")).sendKeys("4242 4242 4242 4242");
        browser.findElement(By.id("card-expiry")).sendKeys("12/30");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.cssSelector("button[value=pay]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Merci, votre commande est enregistrée !"));
        assertThat(browser.getCurrentUrl()).matches(".*/commandes/[0-9]+$");
    }

    @Test
    void anOperatorSellsABoosterAShopperSpendsItWithTheCardForTheRestAndTheBalancePageShowsWhatIsLeft() {
        String code = sellBoosterAtTheTill();

        Account shopper = market.shopper("Camille Beneficiaire");
        signIn(shopper.email());
        addToCart(market.catalogue.jam);
        addToCart(market.catalogue.candle);
        payWithVoucherAndCard(code);
        assertThat(text(".order-card__payments")).contains("Bon d'achat •••• " + code.replace("-", "").substring(9), "5,90 €",
                "Carte •••• 4242", "24,00 €");

        browser.manage().deleteAllCookies();
        open("/bons/solde?lang=fr");
        browser.findElement(By.id("balance-code")).sendKeys(code.toLowerCase());
        browser.findElement(By.cssSelector("form[action='/bons/solde'] button[type=submit]")).click();
        await(By.id("balance-amount"));
        assertThat(text("#balance-amount")).isEqualTo("6,10 €");
        assertThat(text(".voucher-result")).contains("Happy Kdo Booster", "Utilisable").doesNotContain(code);

        Voucher voucher = market.salesToday(market.tobacconist).get(0).vouchers().get(0);
        assertThat(market.reload(voucher).balance()).isEqualTo(Money.euros(610));
        CustomerOrder order = market.engine.orders().customerOrdersOf(shopper.id(), 0, 1).get(0);
        assertThat(order.payments()).extracting(p -> p.provider() + ":" + p.amount().minorUnits())
                .containsExactly("voucher:590", "sandbox-card:2400");
    }

    @Test
    void aBoosterPaysATwoShopBasketWithTheCardAndEachShopsStatementSplitsItsShareBetweenBuyerMoneyAndTheFundersSubsidy() {
        // The whole journey on a Wednesday morning in Saint-Omer, so that it stays within one weekly period.
        moveClockTo(nextParisWeekday(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0)));
        String code = sellBoosterAtTheTill();

        Account shopper = market.shopper("Louise Deuxboutiques");
        signIn(shopper.email());
        addToCart(market.catalogue.jam);
        addToCart(market.catalogue.derby);
        payWithVoucherAndCard(code);
        CustomerOrder order = market.awaitSettled(market.engine.orders().customerOrdersOf(shopper.id(), 0, 1).get(0).id());
        assertThat(order.status()).isNotEqualTo(CustomerOrderStatus.PENDING_PAYMENT);
        Merchant rucher = market.catalogue.rucher;
        Merchant martin = market.catalogue.martin;
        MerchantOrder rucherOrder = merchantOrderOf(order, rucher);
        MerchantOrder martinOrder = merchantOrderOf(order, martin);
        Denomination booster = market.booster.denominations().get(0);
        long atRucher = voucherShare(rucherOrder).amount().minorUnits();
        long atMartin = voucherShare(martinOrder).amount().minorUnits();
        assertThat(atRucher).as("the voucher pays part of each shop's order").isPositive();
        assertThat(atMartin).isPositive();
        assertThat(atRucher + atMartin).as("the whole voucher is spent").isEqualTo(booster.face().minorUnits());
        assertThat(order.payments()).extracting(p -> p.provider() + ":" + p.amount().minorUnits()).containsExactly(
                "voucher:" + booster.face().minorUnits(), "sandbox-card:" + (order.total().minorUnits() - booster.face().minorUnits()));

        // Each shop accepts its order: its share of the voucher is captured, the redemption booked.
        acceptInTheBackOffice(market.staffOf("Rémi Rucher", rucher), rucherOrder);
        Instant firstCapture = market.clock.instant();
        acceptInTheBackOffice(market.staffOf("Marc Martin", martin), martinOrder);
        assertThat(voucherShare(market.engine.orders().merchantOrder(rucherOrder.id()).orElseThrow()).captured().minorUnits()).isEqualTo(atRucher);
        assertThat(voucherShare(market.engine.orders().merchantOrder(martinOrder.id()).orElseThrow()).captured().minorUnits()).isEqualTo(atMartin);

        // The week is over: the territory admin issues its statements.
        LocalDate periodStart = PARIS.dayOf(firstCapture).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        moveClockTo(periodStart.plusWeeks(1).atTime(1, 0).atZone(PARIS.zone()));
        signIn(market.admin("Agnès Territoire").email());
        open("/admin/bons/programmes/" + market.booster.id() + "/releves?lang=fr");
        WebElement day = browser.findElement(By.id("period-start"));
        // the date picker's typing order depends on the browser's locale: set the ISO value a browser submits
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", day, periodStart.toString());
        clickButton("Établir les relevés");
        awaitUrl("ok=statements-issued");
        assertThat(text(".notice--success")).isEqualTo("Relevés établis.");

        // What each shop's share of the voucher is made of, by the programme's rule: the voucher holds the buyer's 10 €
        // and each funder's part of the 2 € top-up (by weight); a redemption takes from each part in proportion, to the
        // cent; the shop that took the rest took what was left of each part.
        TreeMap<Long, Long> voucherParts = new TreeMap<>();
        voucherParts.put(0L, booster.price().minorUnits());
        List<FunderShare> funders = market.booster.funders();
        Money[] topUps = booster.topUp().allocate(market.booster.funderWeights());
        for (int i = 0; i < funders.size(); i++) {
            voucherParts.put(funders.get(i).funderId(), topUps[i].minorUnits());
        }
        Map<Long, Long> rucherParts = proportionalShare(atRucher, voucherParts);
        Map<Long, Long> martinParts = new TreeMap<>(voucherParts);
        rucherParts.forEach((source, part) -> martinParts.merge(source, -part, Long::sum));

        Map<String, String> rucherLines = readStatementAsStaff(rucher, market.staffOf("Rose Rucher", rucher), atRucher, rucherParts);
        Map<String, String> martinLines = readStatementAsStaff(martin, market.staffOf("Manon Martin", martin), atMartin, martinParts);

        // Read off the two statements: the buyer's money makes 10/12 of the voucher, the funders' subsidy 2/12.
        String buyerLine = "Argent des acheteurs · " + market.tobacconist.name();
        assertThat(cents(rucherLines.get(buyerLine)) + cents(martinLines.get(buyerLine))).isEqualTo(booster.price().minorUnits());
        long subsidy = 0;
        for (FunderShare funder : funders) {
            String line = "Subvention · " + market.programmes().funder(funder.funderId()).orElseThrow().name();
            subsidy += cents(rucherLines.get(line)) + cents(martinLines.get(line));
        }
        assertThat(subsidy).isEqualTo(booster.topUp().minorUnits());

        // The ledger says the same as the pages.
        for (Merchant shop : List.of(rucher, martin)) {
            Statement statement = market.settlements().statementsOf(StatementKind.MERCHANT, shop.id().value()).get(0);
            List<Redemption> redemptions = market.settlements().redemptionsOf(statement.id());
            assertThat(redemptions).hasSize(1);
            assertThat(redemptions.get(0).buyerPart()).isEqualTo(statement.totalOf(StatementLine.BUYER_MONEY));
            assertThat(redemptions.get(0).subsidyPart()).isEqualTo(statement.totalOf(StatementLine.SUBSIDY));
        }
        assertThat(market.audit().verify().problems()).isEmpty();
    }

    /** Signs in as the shop's staff, opens the order and accepts it; waits for the order page the form leads to. */
    private static void acceptInTheBackOffice(Account staff, MerchantOrder order) {
        signIn(staff.email());
        open(ShopPaths.order(order.merchantId(), order.id()) + "?lang=fr");
        browser.findElement(By.xpath("//form[input[@name='action' and @value='ACCEPT']]//button")).click();
        awaitUrl("ok=order-accept");
        assertThat(text(".notice--success")).isEqualTo("Commande acceptée : le paiement en ligne est encaissé.");
        assertThat(market.engine.orders().merchantOrder(order.id()).orElseThrow().status()).isEqualTo(MerchantOrderStatus.ACCEPTED);
    }

    /**
     * Signs in as the shop's staff, opens their statements, then the one statement of the week, and checks it against the
     * amount redeemed there and its expected parts (source 0: the buyer's money; others: funders by id). Returns the
     * statement's lines as shown: whose money → amount.
     */
    private static Map<String, String> readStatementAsStaff(Merchant shop, Account staff, long redeemed, Map<Long, Long> parts) {
        long buyer = parts.get(0L);
        long subsidy = redeemed - buyer;
        Denomination booster = market.booster.denominations().get(0);
        long face = booster.face().minorUnits();
        assertThat(Math.abs(buyer * face - redeemed * booster.price().minorUnits()))
                .as("the buyer's part is price/face (10/12) of the redemption, to the cent").isLessThan(face);
        signIn(staff.email());
        open(VoucherShopPaths.statements(shop.id()) + "?lang=fr");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.bo-table tbody tr"));
        assertThat(rows).as("one statement, for the week of the order").hasSize(1);
        List<String> cells = rows.get(0).findElements(By.cssSelector("td")).stream().map(cell -> plain(cell.getText())).toList();
        assertThat(cells.subList(0, 4)).containsExactly(market.booster.name(), euros(redeemed), euros(buyer), euros(subsidy));
        rows.get(0).findElement(By.cssSelector("th a")).click();
        await(By.id("statement-lines"));

        Map<String, String> lines = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#statement-lines ~ .table-wrap tbody tr"))) {
            List<WebElement> amount = row.findElements(By.cssSelector("td"));
            lines.put(plain(row.findElement(By.cssSelector("th")).getText()), plain(amount.get(amount.size() - 1).getText()));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Argent des acheteurs · " + market.tobacconist.name(), euros(buyer));
        parts.forEach((source, part) -> {
            if (source != 0L) {
                expected.put("Subvention · " + market.programmes().funder(source).orElseThrow().name(), euros(part));
            }
        });
        assertThat(lines).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(text("#statement-lines ~ .table-wrap tfoot td")).isEqualTo(euros(redeemed));
        List<String> redemption = browser.findElements(By.cssSelector("#statement-redemptions ~ .table-wrap tbody tr td")).stream()
                .map(cell -> plain(cell.getText())).toList();
        assertThat(redemption).containsSubsequence(euros(redeemed), euros(buyer), euros(subsidy));
        return lines;
    }

    /** {@code amount} taken from the parts in proportion to them, to the cent (the parts in source order). */
    private static Map<Long, Long> proportionalShare(long amount, TreeMap<Long, Long> parts) {
        long[] weights = parts.values().stream().mapToLong(Long::longValue).toArray();
        Money[] shares = Money.euros(amount).allocate(weights);
        Map<Long, Long> taken = new TreeMap<>();
        int i = 0;
        for (Long source : parts.keySet()) {
            taken.put(source, shares[i++].minorUnits());
        }
        return taken;
    }

    private static MerchantOrder merchantOrderOf(CustomerOrder order, Merchant shop) {
        return order.merchantOrders().stream().filter(o -> o.merchantId().equals(shop.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no order at " + shop.name()));
    }

    private static TenderShare voucherShare(MerchantOrder order) {
        return order.tenders().stream().filter(t -> t.provider().equals("voucher")).findFirst()
                .orElseThrow(() -> new AssertionError("the voucher pays nothing at " + order.merchantName()));
    }

    private static void clickButton(String label) {
        browser.findElements(By.cssSelector("button")).stream().filter(button -> button.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " on " + browser.getCurrentUrl())).click();
    }

    /** The next such day (not today) at this Paris time. */
    private static ZonedDateTime nextParisWeekday(DayOfWeek day, LocalTime time) {
        LocalDate today = PARIS.dayOf(market.clock.instant());
        return today.with(TemporalAdjusters.next(day)).atTime(time).atZone(PARIS.zone());
    }

    private static void moveClockTo(ZonedDateTime when) {
        Duration ahead = Duration.between(market.clock.instant(), when.toInstant());
        assertThat(ahead).as("the clock only moves forward").isPositive();
        market.clock.advance(ahead);
    }

    /** "5,90 €", as the pages write amounts (below 1 000 €). */
    private static String euros(long cents) {
        return String.format("%d,%02d €", cents / 100, cents % 100);
    }

    private static long cents(String euros) {
        assertThat(euros).as("an amount").matches("[0-9]+,[0-9]{2} €");
        return Long.parseLong(euros.replace(" €", "").replace(",", ""));
    }
}
