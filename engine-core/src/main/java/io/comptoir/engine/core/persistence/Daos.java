package io.comptoir.engine.core.persistence;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

import java.util.HashMap;
import java.util.Map;

/**
 * SqlObjects attached once per handle. JDBI prepares every method of a SqlObject (its binders, its mappers) each time one
 * is attached: a checkout, which attached the same DAOs dozens of times in one transaction, spent about as much of the
 * JVM's time there as in running its statements. Kept in the handle's own configuration, so they live and die with it
 * (a handle serves one thread at a time).
 */
public final class Daos implements JdbiConfig<Daos> {
    private final Map<Class<?>, Object> attached = new HashMap<>();

    /** For JDBI, which creates the configuration on first use. */
    public Daos() {
    }

    /** The handle's SqlObject of this type, attached on first use. */
    public static <T> T of(Handle handle, Class<T> type) {
        Daos daos = handle.getConfig(Daos.class);
        Object dao = daos.attached.get(type);
        if (dao == null) {
            dao = handle.attach(type);
            daos.attached.put(type, dao);
        }
        return type.cast(dao);
    }

    /** A new handle starts with none attached. */
    @Override
    public Daos createCopy() {
        return new Daos();
    }
}
