package io.comptoir.app.vouchers;

import io.comptoir.app.catalogue.PageChecks;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.vouchers.api.Batch;
import io.comptoir.vouchers.api.Sale;
import io.comptoir.vouchers.api.SaleStatus;
import io.comptoir.vouchers.api.VoucherStatus;
import org.jsoup.nodes.Document;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The point-of-sale back-office pages: an operator sells, prints, cancels and counts the day, at their own till only. */
final class PointOfSaleTillTest {

    private static Document page(HttpResponse<String> response) {
        return PageChecks.parse(response);
    }

    /** The hidden sale key of the till's form, as the browser would send it back. */
    private static String saleKey(VoucherMarket market, Session operator) {
        HttpResponse<String> till = market.get("/point-de-vente/" + market.tobacconist.id(), operator);
        assertThat(till.statusCode()).as(till.body()).isEqualTo(200);
        return page(till).selectFirst("input[name=saleKey]").attr("value");
    }

    private static String boosterOffer(VoucherMarket market) {
        return market.booster.id() + ":" + market.boosterDenomination();
    }

    @EachDatabase
    void anOperatorSellsABoosterVoucherSeesItsCodeAndPrintsItAndADoubleSubmitIssuesNoSecondVoucher(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Session operator = market.session(market.tobacconistOperator);
            HttpResponse<String> till = market.get("/point-de-vente/" + market.tobacconist.id(), operator);
            Document tillPage = page(till);
            PageChecks.assertAccessible(tillPage, "fr");
            assertThat(tillPage.select("input[name=offer]")).extracting(input -> input.attr("value"))
                    .contains(boosterOffer(market), market.gift.id() + ":" + market.giftDenomination(1000));
            assertThat(tillPage.text()).contains("Happy Kdo Booster", "bon de 12,00 € vendu 10,00 €", "Dont 2,00 € offerts par les financeurs.");
            assertThat(market.get(PosPathsForTest.ROOT, operator).headers().firstValue("Location"))
                    .as("one point of sale: straight to its till").hasValue("/point-de-vente/" + market.tobacconist.id());

            String key = page(till).selectFirst("input[name=saleKey]").attr("value");
            Map<String, String> form = Map.of("offer", boosterOffer(market), "quantity", "1", "buyerEmail", "", "buyerPhone", "", "saleKey", key);
            HttpResponse<String> sold = market.postForm("/point-de-vente/" + market.tobacconist.id() + "/ventes", operator, form);
            assertThat(sold.statusCode()).as(sold.body()).isEqualTo(303);
            String salePath = VoucherMarket.location(sold);
            assertThat(salePath).matches("/point-de-vente/" + market.tobacconist.id() + "/ventes/[0-9]+\\?ok=vouchers-sold");

            Document salePage = page(market.get(salePath, operator));
            PageChecks.assertAccessible(salePage, "fr");
            assertThat(salePage.selectFirst(".notice--success").text()).isEqualTo("Vente enregistrée : remettez le bon à l’acheteur.");
            List<Sale> sales = market.salesToday(market.tobacconist);
            assertThat(sales).hasSize(1);
            String code = sales.get(0).vouchers().get(0).code().grouped();
            assertThat(salePage.select(".voucher-code").eachText()).containsExactly(code);
            assertThat(salePage.text()).contains("10,00 €", "2,00 €", "Annuler la vente");

            HttpResponse<byte[]> pdf = market.getBytes(salePage.selectFirst("a[href$=bons.pdf]").attr("href"), operator);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
            assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            HttpResponse<String> again = market.postForm("/point-de-vente/" + market.tobacconist.id() + "/ventes", operator, form);
            assertThat(again.statusCode()).isEqualTo(303);
            assertThat(VoucherMarket.location(again)).isEqualTo(salePath.replace("ok=vouchers-sold", "ok=sale-replayed"));
            assertThat(market.salesToday(market.tobacconist)).as("the same key sold once").hasSize(1);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(200));
        }
    }

    @EachDatabase
    void anotherPointOfSalesOperatorGets403AShopperToo_AnonymousVisitorsAreSentToSignIn(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Sale sale = market.sellBooster(1);
            Session newsagent = market.session(market.newsagentOperator);
            Session shopper = market.session(market.shopper("Camille Client"));
            String till = "/point-de-vente/" + market.tobacconist.id();
            for (String path : List.of(till, till + "/ventes/" + sale.id(), till + "/ventes/" + sale.id() + "/bons.pdf", till + "/stock",
                    till + "/journee")) {
                assertThat(market.get(path, newsagent).statusCode()).as("newsagent on " + path).isEqualTo(403);
                assertThat(market.get(path, shopper).statusCode()).as("shopper on " + path).isEqualTo(403);
                HttpResponse<String> anonymous = market.get(path);
                assertThat(anonymous.statusCode()).as("anonymous on " + path).isEqualTo(303);
                assertThat(VoucherMarket.location(anonymous)).startsWith("/connexion");
            }
            HttpResponse<String> sell = market.postForm(till + "/ventes", newsagent, Map.of("offer", boosterOffer(market), "quantity", "1",
                    "saleKey", "another-till-key"));
            assertThat(sell.statusCode()).isEqualTo(403);
            HttpResponse<String> cancel = market.postForm(till + "/ventes/" + sale.id() + "/annulation", newsagent, Map.of());
            assertThat(cancel.statusCode()).isEqualTo(403);
            assertThat(market.salesToday(market.tobacconist)).extracting(Sale::status).containsExactly(SaleStatus.COMPLETED);
            assertThat(market.salesToday(market.newsagent)).isEmpty();
            assertThat(market.get("/point-de-vente/" + market.newsagent.id() + "/ventes/" + sale.id(), newsagent).statusCode())
                    .as("another point of sale's sale under one's own address").isEqualTo(404);
        }
    }

    @EachDatabase
    void whenTheBudgetIsSpentBoosterSalesAreRefusedInPlainFrenchWhileOrdinaryVouchersStillSell(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db, Money.euros(200), Map.of())) {
            Session operator = market.session(market.tobacconistOperator);
            String sales = "/point-de-vente/" + market.tobacconist.id() + "/ventes";
            String staleKey = saleKey(market, operator);
            assertThat(market.postForm(sales, operator, Map.of("offer", boosterOffer(market), "quantity", "1", "saleKey", saleKey(market, operator)))
                    .statusCode()).isEqualTo(303);

            HttpResponse<String> refused = market.postForm(sales, operator, Map.of("offer", boosterOffer(market), "quantity", "1",
                    "saleKey", staleKey));
            assertThat(refused.statusCode()).isEqualTo(409);
            Document refusal = page(refused);
            PageChecks.assertAccessible(refusal, "fr");
            assertThat(refusal.selectFirst(".notice--problem").text()).isEqualTo("Les bons Booster sont épuisés : le budget des financeurs ne "
                    + "couvre plus le complément. Les bons ordinaires restent en vente.");
            assertThat(refusal.selectFirst("input[value=" + boosterOffer(market) + "]").hasAttr("disabled")).as("sold out on the till").isTrue();
            assertThat(refusal.selectFirst("input[name=saleKey]").attr("value")).as("a fresh key for the next try").isNotEqualTo(staleKey);

            HttpResponse<String> gift = market.postForm(sales, operator, Map.of("offer", market.gift.id() + ":" + market.giftDenomination(2000),
                    "quantity", "2", "saleKey", saleKey(market, operator)));
            assertThat(gift.statusCode()).as(gift.body()).isEqualTo(303);
            assertThat(market.salesToday(market.tobacconist)).extracting(Sale::quantity).containsExactlyInAnyOrder(1, 2);
            assertThat(market.programmes().budget(market.booster.id()).remaining()).isEqualTo(Money.euros(0));
        }
    }

    @EachDatabase
    void badInputIsShownNextToItsFieldAndSellsNothing(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Session operator = market.session(market.tobacconistOperator);
            String sales = "/point-de-vente/" + market.tobacconist.id() + "/ventes";
            HttpResponse<String> email = market.postForm(sales, operator, Map.of("offer", boosterOffer(market), "quantity", "1",
                    "buyerEmail", "pas-une-adresse", "saleKey", saleKey(market, operator)));
            assertThat(email.statusCode()).isEqualTo(400);
            Document page = page(email);
            PageChecks.assertAccessible(page, "fr");
            assertThat(page.selectFirst("#sale-email").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.selectFirst("#sale-email-error").text()).isEqualTo("cette adresse e-mail n’est pas valide.");
            assertThat(page.selectFirst("#sale-email").attr("value")).as("what was typed stays").isEqualTo("pas-une-adresse");

            HttpResponse<String> quantity = market.postForm(sales, operator, Map.of("offer", boosterOffer(market), "quantity", "0",
                    "saleKey", saleKey(market, operator)));
            assertThat(quantity.statusCode()).isEqualTo(400);
            assertThat(page(quantity).selectFirst("#sale-quantity-error")).isNotNull();
            HttpResponse<String> overLimit = market.postForm(sales, operator, Map.of("offer", boosterOffer(market), "quantity", "21",
                    "saleKey", saleKey(market, operator)));
            assertThat(overLimit.statusCode()).as("over the programme's 20 a sale").isEqualTo(400);
            HttpResponse<String> offer = market.postForm(sales, operator, Map.of("offer", "999:999", "quantity", "1",
                    "saleKey", saleKey(market, operator)));
            assertThat(offer.statusCode()).isEqualTo(400);
            assertThat(page(offer).selectFirst("#offer-error").text()).isEqualTo("choisissez un bon en vente.");
            HttpResponse<String> noKey = market.postForm(sales, operator, Map.of("offer", boosterOffer(market), "quantity", "1"));
            assertThat(noKey.statusCode()).isEqualTo(400);
            HttpResponse<String> noCsrf = market.send(java.net.http.HttpRequest.newBuilder(market.uri(sales))
                    .header("Cookie", VoucherMarket.cookie(operator)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(VoucherMarket.formBody(Map.of("offer", boosterOffer(market),
                            "quantity", "1", "saleKey", "no-csrf-key-1")))).build());
            assertThat(noCsrf.statusCode()).isEqualTo(403);

            assertThat(market.salesToday(market.tobacconist)).isEmpty();
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));
        }
    }

    @EachDatabase
    void aSaleIsCancelledWithinTheWindowAndRefusedAfterIt(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Session operator = market.session(market.tobacconistOperator);
            Sale first = market.sellBooster(2);
            String firstPath = "/point-de-vente/" + market.tobacconist.id() + "/ventes/" + first.id();
            HttpResponse<String> cancelled = market.postForm(firstPath + "/annulation", operator, Map.of("reason", "Erreur de montant"));
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(303);
            assertThat(VoucherMarket.location(cancelled)).isEqualTo(firstPath + "?ok=sale-cancelled");
            assertThat(market.desk().sale(first.id()).orElseThrow().status()).isEqualTo(SaleStatus.CANCELLED);
            assertThat(market.reload(first.vouchers().get(0)).status()).isEqualTo(VoucherStatus.CANCELLED);
            assertThat(market.programmes().budget(market.booster.id()).committed()).isEqualTo(Money.euros(0));
            Document cancelledPage = page(market.get(firstPath, operator));
            assertThat(cancelledPage.select("form[action$=annulation]")).isEmpty();
            assertThat(cancelledPage.text()).contains("Annulée");

            Sale second = market.sellBooster(1);
            String secondPath = "/point-de-vente/" + market.tobacconist.id() + "/ventes/" + second.id();
            assertThat(page(market.get(secondPath, operator)).select("form[action$=annulation]")).hasSize(1);
            market.clock.advance(Duration.ofMinutes(16));
            assertThat(page(market.get(secondPath, operator)).select("form[action$=annulation]")).as("window closed").isEmpty();
            HttpResponse<String> late = market.postForm(secondPath + "/annulation", operator, Map.of());
            assertThat(late.statusCode()).isEqualTo(409);
            assertThat(page(late).selectFirst(".notice--problem").text())
                    .isEqualTo("Le délai d’annulation est passé : la vente ne peut plus être annulée.");
            assertThat(market.desk().sale(second.id()).orElseThrow().status()).isEqualTo(SaleStatus.COMPLETED);
        }
    }

    @EachDatabase
    void theDayPageCountsTheCashToHandOverNetOfCancellations(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            Session operator = market.session(market.tobacconistOperator);
            market.sellBooster(3);
            Sale cancelled = market.sellBooster(1);
            market.desk().cancel(cancelled.id(), market.tobacconistOperator, "erreur");
            HttpResponse<String> day = market.get("/point-de-vente/" + market.tobacconist.id() + "/journee", operator);
            assertThat(day.statusCode()).isEqualTo(200);
            Document page = page(day);
            PageChecks.assertAccessible(page, "fr");
            assertThat(page.select(".bo-facts dd").eachText()).containsExactly("4", "1", "40,00 €", "10,00 €", "30,00 €");
            assertThat(page.select(".bo-table tbody tr")).hasSize(2);
            HttpResponse<String> yesterday = market.get("/point-de-vente/" + market.tobacconist.id() + "/journee?jour="
                    + new io.comptoir.plugin.kit.MarketCalendar(java.time.ZoneId.of("Europe/Paris")).dayOf(market.clock.instant()).minusDays(1), operator);
            assertThat(page(yesterday).select(".bo-facts dd").eachText()).containsExactly("0", "0", "0,00 €", "0,00 €", "0,00 €");
            assertThat(market.get("/point-de-vente/" + market.tobacconist.id() + "/journee?jour=hier", operator).statusCode()).isEqualTo(400);
            assertThat(page(market.get("/point-de-vente/" + market.tobacconist.id(), operator)).selectFirst(".bo-status-line").text())
                    .startsWith("Aujourd’hui : 4 bons vendus · 30,00 € à remettre");
        }
    }

    @EachDatabase
    void aPrePrintedVoucherOfTheStockIsActivatedAtSaleAndAnotherPointOfSalesIsNot(TestDatabase db) {
        try (VoucherMarket market = VoucherMarket.start(db)) {
            var admin = market.admin("Alice Admin");
            Batch batch = market.stock().generate(market.gift.id(), market.giftDenomination(1000), 10, "till-batch-0001", admin).batch();
            market.stock().assign(batch.id(), 1, 5, market.tobacconist.id(), admin);
            market.stock().assign(batch.id(), 6, 10, market.newsagent.id(), admin);
            Session operator = market.session(market.tobacconistOperator);
            String stock = "/point-de-vente/" + market.tobacconist.id() + "/stock";
            Document form = page(market.get(stock, operator));
            PageChecks.assertAccessible(form, "fr");
            String key = form.selectFirst("input[name=saleKey]").attr("value");

            String code = market.stockCode(batch.id(), 2).toLowerCase();
            HttpResponse<String> activated = market.postForm(stock, operator, Map.of("code", code, "saleKey", key));
            assertThat(activated.statusCode()).as(activated.body()).isEqualTo(303);
            assertThat(VoucherMarket.location(activated)).endsWith("?ok=voucher-activated");
            Sale sale = market.salesToday(market.tobacconist).get(0);
            assertThat(sale.vouchers()).singleElement().satisfies(voucher -> {
                assertThat(voucher.status()).isEqualTo(VoucherStatus.ACTIVE);
                assertThat(voucher.balance()).isEqualTo(Money.euros(1000));
            });

            HttpResponse<String> others = market.postForm(stock, operator, Map.of("code", market.stockCode(batch.id(), 7), "saleKey", "other-stock-key"));
            assertThat(others.statusCode()).as("another point of sale's voucher").isIn(400, 404);
            assertThat(page(others).selectFirst("#stock-code-error").text()).isEqualTo("ce code ne correspond à aucun bon de votre stock : vérifiez-le.");
            HttpResponse<String> typo = market.postForm(stock, operator, Map.of("code", "AAAA-BBBB-CCCC-D", "saleKey", "typo-stock-key"));
            assertThat(typo.statusCode()).isEqualTo(400);
            assertThat(market.salesToday(market.tobacconist)).hasSize(1);
            assertThat(market.salesToday(market.newsagent)).isEmpty();
        }
    }
}
