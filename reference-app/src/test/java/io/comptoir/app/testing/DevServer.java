package io.comptoir.app.testing;

import io.comptoir.engine.testkit.TestDatabase;

/**
 * Serves the test catalogue on a fixed port for a person to look at the pages (screenshots, manual checks):
 * {@code java -cp <test class path> io.comptoir.app.testing.DevServer 7071}. Stops with the process.
 */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7071;
        TestDatabase database = TestDatabase.h2();
        TestMarketplace marketplace = TestMarketplace.start(database);
        io.comptoir.app.MarketplaceApp app = io.comptoir.app.MarketplaceApp.create(TestMarketplace.marketplace(marketplace.engine),
                java.util.Optional.empty()).start(port);
        System.out.println("Serving the test catalogue on http://localhost:" + app.port() + "/");
        Thread.currentThread().join();
    }
}
