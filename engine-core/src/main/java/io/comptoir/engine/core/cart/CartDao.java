package io.comptoir.engine.core.cart;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterRowMapper(CartLineRow.Mapper.class)
@RegisterRowMapper(VariantForSale.Mapper.class)
public interface CartDao {

    @SqlQuery("SELECT id FROM cart WHERE guest_token_hash = :hash FOR UPDATE")
    Optional<Long> lockGuestCart(@Bind("hash") String tokenHash);

    @SqlQuery("SELECT id FROM cart WHERE account_id = :accountId FOR UPDATE")
    Optional<Long> lockShopperCart(@Bind("accountId") long accountId);

    @SqlUpdate("INSERT INTO cart (guest_token_hash, account_id, updated_at) VALUES (:hash, :accountId, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("hash") String tokenHash, @Bind("accountId") Long accountId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE cart SET updated_at = :now WHERE id = :id")
    void touch(@Bind("id") long cartId, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT l.variant_id, l.quantity, l.seen_price, l.position, v.product_id, v.merchant_id, p.name AS product_name,
                   v.sku, v.options, v.price_minor AS price, v.currency, v.stock, v.withdrawn, p.hidden,
                   m.status AS merchant_status,
                   (SELECT MIN(i.asset_key) FROM product_image i WHERE i.product_id = p.id AND i.position = 0) AS first_image
            FROM cart_line l
            JOIN variant v ON v.id = l.variant_id
            JOIN product p ON p.id = v.product_id
            JOIN merchant m ON m.id = v.merchant_id
            WHERE l.cart_id = :cartId
            ORDER BY l.position""")
    List<CartLineRow> lines(@Bind("cartId") long cartId);

    /** A variant that shoppers may buy now (not withdrawn, its product shown, its shop live), with what a cart line shows of it. */
    @SqlQuery("""
            SELECT v.id, v.product_id, v.merchant_id, p.name AS product_name, v.sku, v.options, v.price_minor, v.currency, v.stock,
                   (SELECT MIN(i.asset_key) FROM product_image i WHERE i.product_id = p.id AND i.position = 0) AS first_image
            FROM variant v
            JOIN product p ON p.id = v.product_id
            JOIN merchant m ON m.id = v.merchant_id
            WHERE v.id = :id AND v.withdrawn = FALSE AND p.hidden = FALSE AND m.status = 'LIVE'""")
    Optional<VariantForSale> forSale(@Bind("id") long variantId);

    /** Adds a line after the cart's others (the cart is locked: positions cannot collide). */
    @SqlUpdate("""
            INSERT INTO cart_line (cart_id, variant_id, quantity, seen_price, position)
            SELECT :cartId, :variantId, :quantity, :seenPrice, COALESCE(MAX(position) + 1, 0) FROM cart_line WHERE cart_id = :cartId""")
    void insertLine(@Bind("cartId") long cartId, @Bind("variantId") long variantId, @Bind("quantity") int quantity,
                    @Bind("seenPrice") long seenPrice);

    @SqlUpdate("UPDATE cart_line SET quantity = :quantity, seen_price = :seenPrice WHERE cart_id = :cartId AND variant_id = :variantId")
    void updateLine(@Bind("cartId") long cartId, @Bind("variantId") long variantId, @Bind("quantity") int quantity,
                    @Bind("seenPrice") long seenPrice);

    @SqlUpdate("DELETE FROM cart_line WHERE cart_id = :cartId AND variant_id = :variantId")
    void deleteLine(@Bind("cartId") long cartId, @Bind("variantId") long variantId);

    @SqlUpdate("DELETE FROM cart_line WHERE cart_id = :cartId")
    void deleteLines(@Bind("cartId") long cartId);

    @SqlUpdate("DELETE FROM cart_line WHERE cart_id = :cartId AND variant_id IN (<variants>)")
    void deleteLines(@Bind("cartId") long cartId, @BindList("variants") Collection<Long> variantIds);
}
