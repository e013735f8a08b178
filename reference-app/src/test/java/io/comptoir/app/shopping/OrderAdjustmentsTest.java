package io.comptoir.app.shopping;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.merchant.ShopPaths;
import io.comptoir.app.testing.ApiShopper;
import io.comptoir.app.testing.Mailbox;
import io.comptoir.app.testing.SchemaCheck;
import io.comptoir.app.testing.TestCatalogue;
import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.WebSession;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.mail.SentMail;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.order.BasketAdjustment;
import io.comptoir.engine.api.order.BasketReview;
import io.comptoir.engine.api.order.CheckoutHook;
import io.comptoir.engine.api.order.MerchantOrderId;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.comptoir.app.testing.TestMarketplace.json;
import static io.comptoir.app.testing.WebSession.page;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discounts and surcharges a plugin's checkout hook makes are shown wherever an order's totals are: the checkout
 * page, the shopper's order page, the order mail, the shop's order page, and the order as JSON; and the totals add up.
 */
@EachDatabaseClass
final class OrderAdjustmentsTest {
    private static final String PAY_AT_PICKUP = "{\"tenders\": [{\"provider\": \"pay-at-pickup\"}]}";
    private static final String LOYALTY = "Chèque fidélité Pays de Saint-Omer";
    private static final String WRAPPING = "Emballage cadeau";
    private static final Money DISCOUNT = Money.euros(-150);
    private static final Money SURCHARGE = Money.euros(50);

    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static TestMarketplace market;
    private static TestCatalogue c;

    /** A loyalty plugin: 1,50 € off each shop's part, and 0,50 € of gift wrapping at the honey farm. */
    private static final EnginePlugin LOYALTY_PLUGIN = new EnginePlugin() {
        @Override
        public String id() {
            return "test_loyalty";
        }

        @Override
        public void initialize(PluginContext context) {
            context.registerCheckoutHook(new CheckoutHook() {
                @Override
                public List<BasketAdjustment> review(BasketReview basket, Connection transaction) {
                    List<BasketAdjustment> adjustments = new ArrayList<>();
                    for (BasketReview.Shop shop : basket.shops()) {
                        adjustments.add(new BasketAdjustment(shop.merchant(), LOYALTY, DISCOUNT));
                        if (shop.merchant().equals(c.rucher.id())) {
                            adjustments.add(new BasketAdjustment(shop.merchant(), WRAPPING, SURCHARGE));
                        }
                    }
                    return adjustments;
                }
            });
        }
    };

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = TestMarketplace.start(database, LOYALTY_PLUGIN);
        c = market.catalogue;
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    /** As the mails write it. */
    private static String euros(Money amount) {
        return amount.format(Locale.FRENCH);
    }

    /** As a page shows it, once read as text (no-break spaces read as spaces). */
    private static String shown(Money amount) {
        return euros(amount).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theAdjustmentsShowWhereverTheTotalsDoAndTheTotalsAddUp() {
        String email = "fidele." + kind.name().toLowerCase(Locale.ROOT) + "@exemple.fr";
        ApiShopper shopper = ApiShopper.register(market, email);
        shopper.add(c.honeyJar.variants().get(0).id().value(), 1);
        shopper.add(c.candle.variants().get(0).id().value(), 2);
        WebSession browser = new WebSession(market);
        browser.signIn(email, ApiShopper.PASSWORD);

        Document checkout = page(browser.get("/commande"));
        assertThat(checkout.select(".checkout-shop__adjustment")).extracting(Element::text).containsExactly(
                LOYALTY + " : " + shown(DISCOUNT), WRAPPING + " : " + shown(SURCHARGE), LOYALTY + " : " + shown(DISCOUNT));
        assertThat(checkout.select(".summary__row--adjustment dt")).extracting(Element::text).containsExactly(LOYALTY, WRAPPING, LOYALTY);

        HttpResponse<String> created = shopper.checkout(PAY_AT_PICKUP);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long orderId = json(created).get("id").asLong();
        HttpResponse<String> read = shopper.call("GET", "/api/v1/orders/" + orderId, null);
        JsonNode order = json(read);
        JsonNode document = market.json("/openapi.json");
        JsonNode schema = document.get("paths").get("/api/v1/orders/{id}").get("get").get("responses").get("200").get("content")
                .get("application/json").get("schema");
        assertThat(new SchemaCheck(document).problems(schema, order)).isEmpty();

        long sumOfParts = 0;
        long paid = 0;
        for (JsonNode part : order.get("merchantOrders")) {
            boolean rucher = part.get("merchant").get("id").asLong() == c.rucher.id().value();
            assertThat(part.get("adjustments")).extracting(adjustment -> adjustment.get("label").asText())
                    .containsExactlyElementsOf(rucher ? List.of(LOYALTY, WRAPPING) : List.of(LOYALTY));
            assertThat(part.get("adjustments")).allSatisfy(adjustment -> assertThat(adjustment.get("source").asText()).isEqualTo("test_loyalty"));
            long adjustments = 0;
            for (JsonNode adjustment : part.get("adjustments")) {
                adjustments += adjustment.get("amount").get("amount").asLong();
            }
            assertThat(adjustments).isEqualTo(rucher ? -100 : -150);
            long total = part.get("total").get("amount").asLong();
            assertThat(total).as("subtotal + fee + adjustments")
                    .isEqualTo(part.get("subtotal").get("amount").asLong() + part.get("deliveryFee").get("amount").asLong() + adjustments);
            for (JsonNode tender : part.get("tenders")) {
                paid += tender.get("amount").get("amount").asLong();
            }
            sumOfParts += total;
        }
        assertThat(order.get("total").get("amount").asLong()).isEqualTo(sumOfParts).isEqualTo(paid);
        Money grandTotal = Money.euros(sumOfParts);
        assertThat(checkout.select(".summary__row--total dd").text()).as("the checkout page's total was the order's").isEqualTo(shown(grandTotal));

        Document orderPage = page(browser.get("/commandes/" + orderId));
        assertThat(orderPage.select(".order-part__adjustment")).extracting(Element::text).containsExactly(
                LOYALTY + " " + shown(DISCOUNT), WRAPPING + " " + shown(SURCHARGE), LOYALTY + " " + shown(DISCOUNT));
        assertThat(orderPage.select(".order-card__meta strong").text()).isEqualTo(shown(grandTotal));

        List<SentMail> mails = Mailbox.awaitSentTo(market.engine.mailOutbox(), email, 1,
                mail -> mail.mail().kind().equals("order_placed"));
        String body = mails.stream().filter(mail -> mail.mail().kind().equals("order_placed")).findFirst().orElseThrow().mail().body();
        assertThat(body).contains(LOYALTY + " : " + euros(DISCOUNT)).contains(WRAPPING + " : " + euros(SURCHARGE)).contains(euros(grandTotal));

        JsonNode rucherPart = null;
        for (JsonNode part : order.get("merchantOrders")) {
            if (part.get("merchant").get("id").asLong() == c.rucher.id().value()) {
                rucherPart = part;
            }
        }
        long partId = rucherPart.get("id").asLong();
        WebSession staff = staffOf(c.rucher, "miel." + kind.name().toLowerCase(Locale.ROOT) + "@exemple.fr");
        Document shopPage = page(staff.get(ShopPaths.order(c.rucher.id(), new MerchantOrderId(partId))));
        assertThat(shopPage.select("tfoot tr.bo-table__adjustment")).extracting(Element::text).containsExactly(
                LOYALTY + " (par test_loyalty) " + shown(DISCOUNT), WRAPPING + " (par test_loyalty) " + shown(SURCHARGE));
        assertThat(shopPage.select("tfoot tr.bo-table__total td").text()).isEqualTo(shown(Money.euros(rucherPart.get("total").get("amount").asLong())));
        JsonNode shopJson = json(staff.json("GET", "/api/v1/merchant/" + c.rucher.id() + "/orders/" + partId, null));
        assertThat(shopJson.get("adjustments")).extracting(adjustment -> adjustment.get("label").asText() + " " + adjustment.get("amount").get("amount").asLong())
                .containsExactly(LOYALTY + " -150", WRAPPING + " 50");
        assertThat(shopJson.get("total").get("amount").asLong()).isEqualTo(rucherPart.get("total").get("amount").asLong());
    }

    private static WebSession staffOf(Merchant shop, String email) {
        AccountId account = market.engine.accounts().register(email, ApiShopper.PASSWORD, "Vendeuse").id();
        market.engine.accounts().grant(account, RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), TestCatalogue.ADMIN);
        WebSession session = new WebSession(market);
        session.signIn(email, ApiShopper.PASSWORD);
        return session;
    }
}
