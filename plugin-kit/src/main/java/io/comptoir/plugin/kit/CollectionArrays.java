package io.comptoir.plugin.kit;

import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Binds a collection of {@code Long} or {@code String} (a SqlObject's {@code List<Long> ids}) as one SQL array, as JDBI's
 * own array support does with the types {@link Jdbis} registers, but without working the element type out again for every
 * statement. JDBI keeps what it prepared for a type in its configuration, and each handle starts from a fresh copy of it:
 * so every transaction prepared its collections again through JDBI's generic-type reflection, which took some 2 % of the
 * app's CPU in {@code bench/checkout.sh}. Here the element type is read from the parameter's declared type at once.
 */
final class CollectionArrays implements ArgumentFactory.Preparable {
    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
        if (!(type instanceof ParameterizedType parameterized) || !(parameterized.getRawType() instanceof Class<?> raw)
                || !Collection.class.isAssignableFrom(raw) || parameterized.getActualTypeArguments().length != 1) {
            return Optional.empty();
        }
        Type element = parameterized.getActualTypeArguments()[0];
        if (element == Long.class) {
            return Optional.of(value -> new ArrayArgument("bigint", (Collection<?>) value, Long[]::new));
        }
        if (element == String.class) {
            return Optional.of(value -> new ArrayArgument("varchar", (Collection<?>) value, String[]::new));
        }
        return Optional.empty();
    }

    /** A collection bound as one array of {@code sqlType}; a null collection as SQL NULL. */
    private record ArrayArgument(String sqlType, Collection<?> values, java.util.function.IntFunction<Object[]> arrays) implements Argument {
        ArrayArgument {
            requireNonNull(sqlType, "sqlType is null");
            requireNonNull(arrays, "arrays is null");
        }

        @Override
        public void apply(int position, PreparedStatement statement, StatementContext context) throws SQLException {
            if (values == null) {
                statement.setNull(position, Types.ARRAY);
                return;
            }
            Array array = statement.getConnection().createArrayOf(sqlType, values.toArray(arrays.apply(values.size())));
            context.addCleanable(array::free);
            statement.setArray(position, array);
        }

        @Override
        public String toString() {
            return sqlType + String.valueOf(values);
        }
    }
}
