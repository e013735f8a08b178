package io.comptoir.engine.core.cart;

import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
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

    /** Locks the guest's cart by marking it used now, in one statement: its id, if it exists. */
    @SqlUpdate("UPDATE cart SET updated_at = :now WHERE guest_token_hash = :hash")
    @GetGeneratedKeys("id")
    Optional<Long> touchGuestCart(@Bind("hash") String tokenHash, @Bind("now") Instant now);

    /** Locks the shopper's cart by marking it used now, in one statement: its id, if it exists. */
    @SqlUpdate("UPDATE cart SET updated_at = :now WHERE account_id = :accountId")
    @GetGeneratedKeys("id")
    Optional<Long> touchShopperCart(@Bind("accountId") long accountId, @Bind("now") Instant now);

    String LINE_COLUMNS = """
            l.variant_id, l.quantity, l.seen_price, l.position, v.product_id, v.merchant_id, p.name AS product_name,
            v.sku, v.options, v.price_minor AS price, v.currency, v.stock, v.withdrawn, p.hidden, m.status AS merchant_status,
            (SELECT MIN(i.asset_key) FROM product_image i WHERE i.product_id = p.id AND i.position = 0) AS first_image
            FROM cart_line l
            JOIN variant v ON v.id = l.variant_id
            JOIN product p ON p.id = v.product_id
            JOIN merchant m ON m.id = v.merchant_id
            """;

    @SqlQuery("SELECT " + LINE_COLUMNS + " WHERE l.cart_id = :cartId ORDER BY l.position")
    List<CartLineRow> lines(@Bind("cartId") long cartId);

    /** The lines of a shopper's cart, without locking it. */
    @SqlQuery("SELECT " + LINE_COLUMNS + " JOIN cart c ON c.id = l.cart_id WHERE c.account_id = :accountId ORDER BY l.position")
    List<CartLineRow> shopperLines(@Bind("accountId") long accountId);

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

    /**
     * Adds units of a variant to a locked cart in one statement, only if the variant is for sale now, its stock holds the
     * line's new quantity, the quantity stays within {@code max} and a new line finds room under {@code maxLines}: the
     * number of rows written, 0 when any of these fails (the caller then finds out which). An existing line keeps the price
     * its shopper saw, so that reading the cart still reports a change of price.
     */
    @SqlUpdate("""
            MERGE INTO cart_line l
            USING (SELECT v.id AS variant_id, v.price_minor, v.stock,
                          (SELECT COUNT(*) FROM cart_line c WHERE c.cart_id = :cartId) AS line_count,
                          (SELECT COALESCE(MAX(c.position) + 1, 0) FROM cart_line c WHERE c.cart_id = :cartId) AS next_position
                   FROM variant v
                   JOIN product p ON p.id = v.product_id
                   JOIN merchant m ON m.id = v.merchant_id
                   WHERE v.id = :variantId AND v.withdrawn = FALSE AND p.hidden = FALSE AND m.status = 'LIVE') s
            ON l.cart_id = :cartId AND l.variant_id = s.variant_id
            WHEN MATCHED AND l.quantity + :quantity <= LEAST(s.stock, :max) THEN
                UPDATE SET quantity = l.quantity + :quantity
            WHEN NOT MATCHED AND :quantity <= LEAST(s.stock, :max) AND s.line_count < :maxLines THEN
                INSERT (cart_id, variant_id, quantity, seen_price, position)
                VALUES (:cartId, s.variant_id, :quantity, s.price_minor, s.next_position)""")
    int addUnits(@Bind("cartId") long cartId, @Bind("variantId") long variantId, @Bind("quantity") int quantity,
                 @Bind("max") int maxQuantity, @Bind("maxLines") int maxLines);

    @SqlUpdate("UPDATE cart_line SET quantity = :quantity, seen_price = :seenPrice WHERE cart_id = :cartId AND variant_id = :variantId")
    void updateLine(@Bind("cartId") long cartId, @Bind("variantId") long variantId, @Bind("quantity") int quantity,
                    @Bind("seenPrice") long seenPrice);

    @SqlUpdate("DELETE FROM cart_line WHERE cart_id = :cartId AND variant_id = :variantId")
    void deleteLine(@Bind("cartId") long cartId, @Bind("variantId") long variantId);

    @SqlUpdate("DELETE FROM cart_line WHERE cart_id = :cartId")
    void deleteLines(@Bind("cartId") long cartId);

    @SqlUpdate("DELETE FROM cart_line WHERE cart_id = :cartId AND variant_id = ANY(:variants)")
    void deleteLines(@Bind("cartId") long cartId, @Bind("variants") Collection<Long> variantIds);
}
