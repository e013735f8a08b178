package io.comptoir.plugin.kit;

import org.jdbi.v3.core.Jdbi;
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
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

import static java.util.Objects.requireNonNull;

/**
 * Collections of {@code Long} and {@code String} bound as one SQL array ({@code id = ANY(:ids)}). JDBI's own array support
 * takes these element types for values it meets untyped; a SqlObject's {@code List<Long> ids} is bound by this factory,
 * which reads the element type from the parameter's declared type at once. JDBI keeps what it prepared for a type in its
 * configuration, and each handle starts from a fresh copy of it: so every transaction worked its collections' element type
 * out again through JDBI's generic-type reflection, which took some 2 % of the app's CPU in {@code bench/checkout.sh}.
 */
final class CollectionArrays implements ArgumentFactory.Preparable {
    /** The SQL type of each element type bound as an array, and how to make an array of it. */
    private record Element(String sqlType, IntFunction<Object[]> arrays) {
    }

    private static final Map<Class<?>, Element> ELEMENTS = Map.of(
            Long.class, new Element("bigint", Long[]::new),
            String.class, new Element("varchar", String[]::new));

    private CollectionArrays() {
    }

    /** Registers the element types with JDBI's array support and this factory before it. */
    static void install(Jdbi jdbi) {
        ELEMENTS.forEach((type, element) -> jdbi.registerArrayType(type, element.sqlType()));
        jdbi.registerArgument(new CollectionArrays());
    }

    @Override
    public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
        if (!(type instanceof ParameterizedType parameterized) || !(parameterized.getRawType() instanceof Class<?> raw)
                || !Collection.class.isAssignableFrom(raw) || parameterized.getActualTypeArguments().length != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(ELEMENTS.get(parameterized.getActualTypeArguments()[0]))
                .map(element -> value -> new ArrayArgument(element.sqlType(), (Collection<?>) value, element.arrays()));
    }

    /** A collection bound as one array of {@code sqlType}; a null collection as SQL NULL. */
    private record ArrayArgument(String sqlType, Collection<?> values, IntFunction<Object[]> arrays) implements Argument {
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
