package io.comptoir.engine.core.merchant;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(FulfilmentRow.class)
public interface FulfilmentDao {

    @SqlQuery("""
            SELECT merchant_id, click_and_collect, delivers, delivery_fee, free_from, currency
            FROM merchant_fulfilment WHERE merchant_id = :merchantId""")
    Optional<FulfilmentRow> find(@Bind("merchantId") long merchantId);

    @SqlQuery("SELECT commune_insee FROM merchant_delivery_commune WHERE merchant_id = :merchantId ORDER BY commune_insee")
    List<String> deliveryCommunes(@Bind("merchantId") long merchantId);

    @SqlUpdate("DELETE FROM merchant_delivery_commune WHERE merchant_id = :merchantId")
    void clearCommunes(@Bind("merchantId") long merchantId);

    @SqlUpdate("DELETE FROM merchant_fulfilment WHERE merchant_id = :merchantId")
    void clear(@Bind("merchantId") long merchantId);

    @SqlUpdate("""
            INSERT INTO merchant_fulfilment (merchant_id, click_and_collect, delivers, delivery_fee, free_from, currency)
            VALUES (:merchantId, :clickAndCollect, :delivers, :deliveryFee, :freeFrom, :currency)""")
    void insert(@Bind("merchantId") long merchantId, @Bind("clickAndCollect") boolean clickAndCollect,
                @Bind("delivers") boolean delivers, @Bind("deliveryFee") long deliveryFee, @Bind("freeFrom") Long freeFrom,
                @Bind("currency") String currency);

    @SqlBatch("INSERT INTO merchant_delivery_commune (merchant_id, commune_insee) VALUES (:merchantId, :commune)")
    void insertCommunes(@Bind("merchantId") long merchantId, @Bind("commune") List<String> communes);
}
