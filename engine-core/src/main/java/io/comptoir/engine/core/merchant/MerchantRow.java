package io.comptoir.engine.core.merchant;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.merchant.Address;
import io.comptoir.engine.api.merchant.Contact;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.engine.api.merchant.OpeningHours;
import io.comptoir.plugin.kit.Instants;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A row of {@code merchant}. */
public record MerchantRow(
        long id, String slug, String name, String legalId, String trade, String description,
        String street, String postalCode, String communeInsee, String email, String phone, String website,
        String openingHours, String status, boolean featured, String photoKey, String photoAlt,
        Instant createdAt, Instant updatedAt) {

    Merchant toMerchant(List<CategoryId> categories) {
        Optional<Image> photo = photoKey == null ? Optional.empty() : Optional.of(new Image(photoKey, photoAlt));
        return new Merchant(new MerchantId(id), slug, name, legalId, trade, description,
                new Address(street, postalCode, communeInsee), new Contact(email, phone, website),
                OpeningHours.parse(openingHours), categories, MerchantStatus.valueOf(status), featured, photo,
                createdAt, updatedAt);
    }

    /** Reads a row by column name: shops are read on every page (see {@code ProductRow.Mapper}). */
    public static final class Mapper implements RowMapper<MerchantRow> {
        @Override
        public MerchantRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new MerchantRow(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("legal_id"),
                    rs.getString("trade"), rs.getString("description"), rs.getString("street"), rs.getString("postal_code"),
                    rs.getString("commune_insee"), rs.getString("email"), rs.getString("phone"), rs.getString("website"),
                    rs.getString("opening_hours"), rs.getString("status"), rs.getBoolean("featured"), rs.getString("photo_key"),
                    rs.getString("photo_alt"), Instants.read(rs, "created_at"), Instants.read(rs, "updated_at"));
        }
    }
}
