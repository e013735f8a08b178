/**
 * What every plugin that keeps tables needs, written once: {@link io.comptoir.plugin.kit.Jdbis} (the JDBI set-up, with
 * instants stored in UTC), {@link io.comptoir.plugin.kit.Database} (short transactions retried when the database
 * gives up on a lock), {@link io.comptoir.plugin.kit.SqlErrors} (database errors read the same way on H2 and
 * PostgreSQL) and {@link io.comptoir.plugin.kit.Dialect}. engine-core uses the same classes. Besides the database,
 * {@link io.comptoir.plugin.kit.MarketCalendar} reads days and wall-clock times in the marketplace's time zone;
 * {@link io.comptoir.plugin.kit.SafeMarkdown} renders the Markdown people write (a course, a territory's legal pages)
 * into HTML safe to put in a page; {@link io.comptoir.plugin.kit.EmailAddresses} says what an e-mail address is, for every
 * form that takes one and for the engine's mailer alike.
 *
 * <p>A plugin's tables may reference the engine's tables only by id, without a foreign key: the engine's schema is the
 * engine's, migrated on its own history, and a plugin must survive the engine reorganising it. A plugin checks such an
 * id through the engine's services ({@code MerchantDirectory}, {@code AccountDirectory}) when it writes it.
 */
package io.comptoir.plugin.kit;
