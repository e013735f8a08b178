package io.comptoir.app.vouchers;

import io.comptoir.app.web.Page;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.Statement;
import io.comptoir.vouchers.api.StatementKind;
import io.comptoir.vouchers.api.StatementLine;

import static java.util.Objects.requireNonNull;

/**
 * Names the parties of statements and their lines for people: a point of sale (0: sold online), a funder, a shop.
 * A party that no longer exists is named by its number.
 */
public final class StatementParties {
    private final VoucherServices services;
    private final MerchantDirectory merchants;

    public StatementParties(VoucherServices services, MerchantDirectory merchants) {
        this.services = requireNonNull(services, "services is null");
        this.merchants = requireNonNull(merchants, "merchants is null");
    }

    public String party(Page page, Statement statement) {
        return name(page, statement.kind(), statement.partyId());
    }

    public String name(Page page, StatementKind kind, long id) {
        return switch (kind) {
            case MERCHANT -> shop(id);
            case POINT_OF_SALE -> pointOfSale(page, id);
            case FUNDER -> funder(id);
        };
    }

    /** "Argent des acheteurs · Tabac de la Place", "Subvention · CAPSO", or a shop's name. */
    public String line(Page page, StatementLine line) {
        return switch (line.sourceKind()) {
            case StatementLine.BUYER_MONEY -> page.t("vo.line.buyer", pointOfSale(page, line.sourceId()));
            case StatementLine.SUBSIDY -> page.t("vo.line.subsidy", funder(line.sourceId()));
            case StatementLine.MERCHANT -> shop(line.sourceId());
            default -> line.sourceKind() + " " + line.sourceId();
        };
    }

    public String pointOfSale(Page page, long id) {
        if (id == 0) {
            return page.t("vo.online");
        }
        return services.pointsOfSale().pointOfSale(id).map(pos -> pos.name()).orElse("#" + id);
    }

    public String funder(long id) {
        return services.programmes().funder(id).map(Funder::name).orElse("#" + id);
    }

    public String shop(long id) {
        return merchants.merchant(new MerchantId(id)).map(merchant -> merchant.name()).orElse("#" + id);
    }

    /** For the API: the party's name (points of sale, funders and shops have their own names; 0 is "online"). */
    public String nameForApi(StatementKind kind, long id) {
        return switch (kind) {
            case MERCHANT -> shop(id);
            case POINT_OF_SALE -> id == 0 ? "online" : services.pointsOfSale().pointOfSale(id).map(pos -> pos.name()).orElse("#" + id);
            case FUNDER -> funder(id);
        };
    }

    /** For the API: whose money a line is, by name. */
    public String lineForApi(StatementLine line) {
        return switch (line.sourceKind()) {
            case StatementLine.BUYER_MONEY -> nameForApi(StatementKind.POINT_OF_SALE, line.sourceId());
            case StatementLine.SUBSIDY -> funder(line.sourceId());
            case StatementLine.MERCHANT -> shop(line.sourceId());
            default -> "#" + line.sourceId();
        };
    }
}
