package io.comptoir.vouchers.pos;

import io.comptoir.engine.api.merchant.Address;
import io.comptoir.vouchers.api.PointOfSale;
import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record PointOfSaleRow(long id, String name, String street, @ColumnName("postal_code") String postalCode,
                             @ColumnName("commune_insee") String communeInsee, String phone, boolean active) {
    PointOfSale toPointOfSale() {
        return new PointOfSale(id, name, new Address(street, postalCode, communeInsee), phone, active);
    }
}
