package io.comptoir.engine.core.territory;

import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public interface TerritoryDao {

    @SqlQuery("SELECT code, name, siren FROM intercommunality ORDER BY code")
    @UseRowMapper(IntercommunalityMapper.class)
    List<Intercommunality> intercommunalities();

    @SqlQuery("SELECT code, name, siren FROM intercommunality WHERE code = :code")
    @UseRowMapper(IntercommunalityMapper.class)
    Optional<Intercommunality> intercommunality(@Bind("code") String code);

    @SqlUpdate("INSERT INTO intercommunality (code, name, siren) VALUES (:code, :name, :sirenCode)")
    void insertIntercommunality(@BindMethods Intercommunality intercommunality);

    @SqlUpdate("UPDATE intercommunality SET name = :name, siren = :sirenCode WHERE code = :code")
    int updateIntercommunality(@BindMethods Intercommunality intercommunality);

    @SqlQuery("SELECT insee_code, name, postal_code, intercommunality_code, population FROM commune ORDER BY name")
    @UseRowMapper(CommuneMapper.class)
    List<Commune> communes();

    @SqlQuery("SELECT insee_code, name, postal_code, intercommunality_code, population FROM commune WHERE insee_code = :insee")
    @UseRowMapper(CommuneMapper.class)
    Optional<Commune> commune(@Bind("insee") String inseeCode);

    @SqlUpdate("""
            INSERT INTO commune (insee_code, name, postal_code, intercommunality_code, population)
            VALUES (:inseeCode, :name, :postalCode, :intercommunalityCode, :population)""")
    void insertCommune(@BindMethods Commune commune);

    @SqlUpdate("""
            UPDATE commune SET name = :name, postal_code = :postalCode, intercommunality_code = :intercommunalityCode,
                               population = :population
            WHERE insee_code = :inseeCode""")
    int updateCommune(@BindMethods Commune commune);

    final class IntercommunalityMapper implements RowMapper<Intercommunality> {
        @Override
        public Intercommunality map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Intercommunality(rs.getString("code"), rs.getString("name"), rs.getString("siren"));
        }
    }

    final class CommuneMapper implements RowMapper<Commune> {
        @Override
        public Commune map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new Commune(rs.getString("insee_code"), rs.getString("name"), rs.getString("postal_code"),
                    rs.getString("intercommunality_code"), rs.getInt("population"));
        }
    }
}
