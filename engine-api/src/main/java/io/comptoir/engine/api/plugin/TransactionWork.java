package io.comptoir.engine.api.plugin;

import java.sql.Connection;

/** Work done in one transaction of the engine's database ({@link PluginContext#inTransaction}). */
@FunctionalInterface
public interface TransactionWork<T> {

    /** @param transaction the transaction's connection: never commit, roll back or close it */
    T run(Connection transaction) throws Exception;
}
