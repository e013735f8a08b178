package io.comptoir.app.testing;

import io.comptoir.app.MarketplaceApp;
import io.comptoir.app.feature.Marketplace;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.testkit.TestDatabase;

import java.util.Map;
import java.util.Optional;

/**
 * Serves the test catalogue with a shop's staff and a territory admin signed in, for a person to try the back-offices:
 * {@code java -cp <test class path> io.comptoir.app.testing.BackOfficeDevServer 7072}. Prints the session tokens to put
 * in a {@code comptoir_session} cookie (or an {@code Authorization: Bearer} header). Stops with the process.
 */
public final class BackOfficeDevServer {

    private BackOfficeDevServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7072;
        TestDatabase database = TestDatabase.h2();
        BackOfficeMarket market = BackOfficeMarket.start(database);
        TestCatalogue c = market.catalogue;
        market.order(market.shopper("Dominique Lefebvre"), BackOfficeMarket.card(), Map.of(c.boots.variants().get(0), 1));
        Session staff = market.session(market.staffOf("Camille Martin", c.martin, c.training));
        Session admin = market.session(market.admin("Équipe territoire"));
        MarketplaceApp app = MarketplaceApp.create(Marketplace.of(market.engine), Optional.empty()).start(port);
        System.out.println("Serving on http://localhost:" + app.port() + "/");
        System.out.println("staff session: " + staff.token() + " csrf " + staff.csrfToken() + " shop " + c.martin.id());
        System.out.println("admin session: " + admin.token() + " csrf " + admin.csrfToken());
        Thread.currentThread().join();
    }
}
