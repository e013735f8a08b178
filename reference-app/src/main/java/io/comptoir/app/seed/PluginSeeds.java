package io.comptoir.app.seed;

import io.comptoir.app.Marketplace;
import io.comptoir.engine.api.Actor;
import io.comptoir.training.seed.TrainingSeedLoader;
import io.comptoir.vouchers.api.OnlineVoucherShop;
import io.comptoir.vouchers.api.PointsOfSale;
import io.comptoir.vouchers.api.Programmes;
import io.comptoir.vouchers.seed.VoucherSeedLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Loads the seeds of the plugins that run ({@code training.json}, {@code vouchers.json}) after the base seeds, each only
 * into a marketplace where that plugin holds nothing yet, so a plugin added to a running marketplace gets its demo data
 * on the next start.
 */
public final class PluginSeeds {
    private static final Logger log = LoggerFactory.getLogger(PluginSeeds.class);
    private static final Actor SEEDER = Actor.system("demo-seed");

    private final Marketplace marketplace;

    public PluginSeeds(Marketplace marketplace) {
        this.marketplace = requireNonNull(marketplace, "marketplace is null");
    }

    public void load(SeedSource source, String password) {
        marketplace.plugin(TrainingSeedLoader.class).ifPresent(training -> {
            if (training.isEmpty()) {
                try (InputStream stream = source.open("training.json")) {
                    log.info("Training seeds loaded: {}", training.load(stream, password));
                }
                catch (IOException e) {
                    throw new UncheckedIOException("cannot read training.json from " + source.describe(), e);
                }
            }
        });
        vouchers().ifPresent(vouchers -> {
            if (vouchers.isEmpty()) {
                try (InputStream stream = source.open("vouchers.json")) {
                    log.info("Voucher seeds loaded: {}", vouchers.load(stream, password, SEEDER));
                }
                catch (IOException e) {
                    throw new UncheckedIOException("cannot read vouchers.json from " + source.describe(), e);
                }
            }
        });
    }

    private Optional<VoucherSeedLoader> vouchers() {
        Optional<Programmes> programmes = marketplace.plugin(Programmes.class);
        if (programmes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new VoucherSeedLoader(programmes.get(), marketplace.plugin(PointsOfSale.class).orElseThrow(),
                marketplace.plugin(OnlineVoucherShop.class).orElseThrow(), marketplace.merchants(), marketplace.catalogue(),
                marketplace.accounts()));
    }
}
