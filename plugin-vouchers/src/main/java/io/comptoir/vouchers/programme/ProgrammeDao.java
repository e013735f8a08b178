package io.comptoir.vouchers.programme;

import io.comptoir.vouchers.api.Funder;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(ProgrammeRow.class)
@RegisterConstructorMapper(DenominationRow.class)
@RegisterConstructorMapper(Funder.class)
public interface ProgrammeDao {
    String COLUMNS = """
            id, slug, name, description, currency, sale_opens_on, sale_closes_on, spend_until, validity_months, credit_validity_days,
            per_sale_max_vouchers, per_buyer_max_vouchers, per_buyer_max_amount, all_live_shops, expiry_rule, sold_at_points_of_sale,
            sold_online, cancel_window_seconds, settlement_period, subsidy_budget""";

    @SqlUpdate("INSERT INTO voucher_funder (code, name, created_at) VALUES (:code, :name, :at)")
    @GetGeneratedKeys("id")
    long insertFunder(@Bind("code") String code, @Bind("name") String name, @Bind("at") Instant at);

    @SqlQuery("SELECT id, code, name FROM voucher_funder ORDER BY code")
    List<Funder> funders();

    @SqlQuery("SELECT id, code, name FROM voucher_funder WHERE id = :id")
    Optional<Funder> funder(@Bind("id") long id);

    @SqlQuery("SELECT id, code, name FROM voucher_funder WHERE code = :code")
    Optional<Funder> funderByCode(@Bind("code") String code);

    @SqlUpdate("""
            INSERT INTO voucher_programme (slug, name, description, currency, sale_opens_on, sale_closes_on, spend_until, validity_months,
                credit_validity_days, per_sale_max_vouchers, per_buyer_max_vouchers, per_buyer_max_amount, all_live_shops, expiry_rule,
                sold_at_points_of_sale, sold_online, cancel_window_seconds, settlement_period, subsidy_budget,
                created_at, updated_at)
            VALUES (:slug, :name, :description, :currency, :saleOpensOn, :saleClosesOn, :spendUntil, :validityMonths,
                :creditValidityDays, :perSaleMaxVouchers, :perBuyerMaxVouchers, :perBuyerMaxAmount, :allLiveShops, :expiryRule,
                :soldAtPointsOfSale, :soldOnline, :cancelWindowSeconds, :settlementPeriod, 0, :at, :at)""")
    @GetGeneratedKeys("id")
    long insertProgramme(@BindMethods ProgrammeRow row, @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE voucher_programme SET slug = :slug, name = :name, description = :description, sale_opens_on = :saleOpensOn,
                sale_closes_on = :saleClosesOn, spend_until = :spendUntil, validity_months = :validityMonths,
                credit_validity_days = :creditValidityDays, per_sale_max_vouchers = :perSaleMaxVouchers,
                per_buyer_max_vouchers = :perBuyerMaxVouchers, per_buyer_max_amount = :perBuyerMaxAmount,
                all_live_shops = :allLiveShops, expiry_rule = :expiryRule, sold_at_points_of_sale = :soldAtPointsOfSale,
                sold_online = :soldOnline, cancel_window_seconds = :cancelWindowSeconds, settlement_period = :settlementPeriod,
                updated_at = :at
            WHERE id = :id""")
    int updateProgramme(@BindMethods ProgrammeRow row, @Bind("at") Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM voucher_programme WHERE id = :id")
    Optional<ProgrammeRow> programme(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM voucher_programme WHERE id = :id FOR UPDATE")
    Optional<ProgrammeRow> lockProgramme(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM voucher_programme WHERE slug = :slug")
    Optional<ProgrammeRow> programmeBySlug(@Bind("slug") String slug);

    @SqlQuery("SELECT " + COLUMNS + " FROM voucher_programme ORDER BY sale_opens_on DESC, name")
    List<ProgrammeRow> programmes();

    @SqlQuery("""
            SELECT id, programme_id, position, face, price, top_up, active, online_variant_id FROM voucher_denomination
            WHERE programme_id = :programme ORDER BY position, face""")
    List<DenominationRow> denominations(@Bind("programme") long programme);

    @SqlQuery("""
            SELECT id, programme_id, position, face, price, top_up, active, online_variant_id FROM voucher_denomination
            WHERE online_variant_id = :variant""")
    Optional<DenominationRow> denominationByVariant(@Bind("variant") long variant);

    @SqlUpdate("""
            INSERT INTO voucher_denomination (programme_id, position, face, price, top_up, active)
            VALUES (:programme, :position, :face, :price, :topUp, TRUE)""")
    void insertDenomination(@Bind("programme") long programme, @Bind("position") int position, @Bind("face") long face,
                            @Bind("price") long price, @Bind("topUp") long topUp);

    @SqlUpdate("UPDATE voucher_denomination SET position = :position, active = :active WHERE id = :id")
    void updateDenomination(@Bind("id") long id, @Bind("position") int position, @Bind("active") boolean active);

    @SqlUpdate("UPDATE voucher_denomination SET online_variant_id = :variant WHERE id = :id")
    void setOnlineVariant(@Bind("id") long id, @Bind("variant") Long variant);

    @SqlQuery("SELECT funder_id, weight FROM voucher_programme_funder WHERE programme_id = :programme ORDER BY funder_id")
    @RegisterConstructorMapper(FunderShareRow.class)
    List<FunderShareRow> funderShares(@Bind("programme") long programme);

    @SqlUpdate("DELETE FROM voucher_programme_funder WHERE programme_id = :programme")
    void clearFunders(@Bind("programme") long programme);

    @SqlUpdate("INSERT INTO voucher_programme_funder (programme_id, funder_id, weight) VALUES (:programme, :funder, :weight)")
    void insertFunderShare(@Bind("programme") long programme, @Bind("funder") long funder, @Bind("weight") long weight);

    @SqlQuery("SELECT merchant_id, included FROM voucher_programme_merchant WHERE programme_id = :programme ORDER BY merchant_id")
    @RegisterConstructorMapper(MerchantChoiceRow.class)
    List<MerchantChoiceRow> merchantChoices(@Bind("programme") long programme);

    @SqlUpdate("DELETE FROM voucher_programme_merchant WHERE programme_id = :programme")
    void clearMerchantChoices(@Bind("programme") long programme);

    @SqlUpdate("INSERT INTO voucher_programme_merchant (programme_id, merchant_id, included) VALUES (:programme, :merchant, :included)")
    void insertMerchantChoice(@Bind("programme") long programme, @Bind("merchant") long merchant, @Bind("included") boolean included);

    @SqlQuery("SELECT category_id FROM voucher_programme_category WHERE programme_id = :programme ORDER BY category_id")
    List<Long> categories(@Bind("programme") long programme);

    @SqlUpdate("DELETE FROM voucher_programme_category WHERE programme_id = :programme")
    void clearCategories(@Bind("programme") long programme);

    @SqlUpdate("INSERT INTO voucher_programme_category (programme_id, category_id) VALUES (:programme, :category)")
    void insertCategory(@Bind("programme") long programme, @Bind("category") long category);

    @SqlUpdate("UPDATE voucher_programme SET subsidy_budget = subsidy_budget + :amount, updated_at = :at WHERE id = :id")
    int addBudget(@Bind("id") long id, @Bind("amount") long amount, @Bind("at") Instant at);


    @SqlQuery("SELECT merchant_id FROM voucher_shop WHERE singleton = 1")
    Optional<Long> voucherShop();

    @SqlUpdate("INSERT INTO voucher_shop (singleton, merchant_id) VALUES (1, :merchant)")
    void insertVoucherShop(@Bind("merchant") long merchant);

    @SqlUpdate("UPDATE voucher_shop SET merchant_id = :merchant WHERE singleton = 1")
    int updateVoucherShop(@Bind("merchant") long merchant);
}
