package io.comptoir.vouchers.pos;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(PointOfSaleRow.class)
public interface PointOfSaleDao {

    @SqlUpdate("""
            INSERT INTO voucher_point_of_sale (name, street, postal_code, commune_insee, phone, active, created_at)
            VALUES (:name, :street, :postalCode, :commune, :phone, :active, :at)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("street") String street, @Bind("postalCode") String postalCode,
                @Bind("commune") String commune, @Bind("phone") String phone, @Bind("active") boolean active, @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE voucher_point_of_sale SET name = :name, street = :street, postal_code = :postalCode, commune_insee = :commune,
                phone = :phone, active = :active WHERE id = :id""")
    int update(@Bind("id") long id, @Bind("name") String name, @Bind("street") String street, @Bind("postalCode") String postalCode,
               @Bind("commune") String commune, @Bind("phone") String phone, @Bind("active") boolean active);

    @SqlQuery("SELECT id, name, street, postal_code, commune_insee, phone, active FROM voucher_point_of_sale WHERE id = :id")
    Optional<PointOfSaleRow> find(@Bind("id") long id);

    @SqlQuery("SELECT id, name, street, postal_code, commune_insee, phone, active FROM voucher_point_of_sale ORDER BY name")
    List<PointOfSaleRow> all();
}
