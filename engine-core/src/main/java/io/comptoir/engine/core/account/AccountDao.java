package io.comptoir.engine.core.account;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(AccountRow.class)
@RegisterConstructorMapper(GrantRow.class)
@RegisterConstructorMapper(RoleCount.class)
public interface AccountDao {
    String COLUMNS = "id, email, display_name, password_hash, active, created_at, updated_at, language";

    /** Accounts matching a filter: a {@code NULL} role or pattern lets every account through. */
    String FILTER = """
            (CAST(:role AS VARCHAR(32)) IS NULL
                OR EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = CAST(:role AS VARCHAR(32))))
            AND (CAST(:pattern AS VARCHAR(300)) IS NULL OR a.email LIKE CAST(:pattern AS VARCHAR(300)) ESCAPE '!')""";

    @SqlUpdate("""
            INSERT INTO account (email, display_name, password_hash, active, created_at, updated_at, language)
            VALUES (:email, :displayName, :passwordHash, TRUE, :now, :now, :language)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("email") String email, @Bind("displayName") String displayName,
                @Bind("passwordHash") String passwordHash, @Bind("now") Instant now, @Bind("language") String language);

    @SqlUpdate("UPDATE account SET language = :language, updated_at = :now WHERE id = :id")
    int setLanguage(@Bind("id") long id, @Bind("language") String language, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id")
    Optional<AccountRow> find(@Bind("id") long id);

    /** Serialises the changes of one account (roles, status, password). */
    @SqlQuery("SELECT " + COLUMNS + " FROM account WHERE id = :id FOR UPDATE")
    Optional<AccountRow> lock(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + """
             FROM account a WHERE EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = :role AND r.scope = :scope)
            ORDER BY display_name, id""")
    List<AccountRow> holders(@Bind("role") String role, @Bind("scope") long scope);

    @SqlQuery("SELECT " + COLUMNS + " FROM account WHERE email = :email")
    Optional<AccountRow> findByEmail(@Bind("email") String normalizedEmail);

    @SqlQuery("SELECT " + COLUMNS + " FROM account WHERE email = ANY(:emails)")
    List<AccountRow> findByEmails(@Bind("emails") Collection<String> normalizedEmails);

    @SqlQuery("SELECT " + COLUMNS + " FROM account a WHERE " + FILTER + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<AccountRow> find(@Bind("role") String role, @Bind("pattern") String emailPattern,
                          @Bind("limit") int limit, @Bind("offset") int offset);

    @SqlQuery("SELECT COUNT(*) FROM account a WHERE " + FILTER)
    int count(@Bind("role") String role, @Bind("pattern") String emailPattern);

    @SqlUpdate("UPDATE account SET active = :active, updated_at = :now WHERE id = :id")
    int setActive(@Bind("id") long id, @Bind("active") boolean active, @Bind("now") Instant now);

    @SqlUpdate("UPDATE account SET password_hash = :hash, updated_at = :now WHERE id = :id")
    int setPasswordHash(@Bind("id") long id, @Bind("hash") String hash, @Bind("now") Instant now);

    @SqlUpdate("UPDATE account SET display_name = :name, updated_at = :now WHERE id = :id")
    int setDisplayName(@Bind("id") long id, @Bind("name") String displayName, @Bind("now") Instant now);

    @SqlUpdate("UPDATE account SET email = :email, updated_at = :now WHERE id = :id")
    int setEmail(@Bind("id") long id, @Bind("email") String normalizedEmail, @Bind("now") Instant now);

    /** Replaces an outdated hash by a stronger one of the same password, unless the password changed meanwhile. */
    @SqlUpdate("UPDATE account SET password_hash = :hash WHERE id = :id AND password_hash = :old")
    int upgradePasswordHash(@Bind("id") long id, @Bind("old") String oldHash, @Bind("hash") String hash);

    @SqlUpdate("UPDATE account SET updated_at = :now WHERE id = :id")
    void touch(@Bind("id") long id, @Bind("now") Instant now);

    @SqlQuery("SELECT account_id, role, scope FROM account_role WHERE account_id = ANY(:ids) ORDER BY account_id, role, scope")
    List<GrantRow> grantsOf(@Bind("ids") Collection<Long> accountIds);

    @SqlUpdate("INSERT INTO account_role (account_id, role, scope, granted_at) VALUES (:accountId, :role, :scope, :now)")
    void insertGrant(@Bind("accountId") long accountId, @Bind("role") String role, @Bind("scope") long scope, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM account_role WHERE account_id = :accountId AND role = :role AND scope = :scope")
    int deleteGrant(@Bind("accountId") long accountId, @Bind("role") String role, @Bind("scope") long scope);

    @SqlQuery("""
            SELECT r.role, COUNT(DISTINCT r.account_id) AS count
            FROM account_role r JOIN account a ON a.id = r.account_id
            WHERE a.active = TRUE
            GROUP BY r.role""")
    List<RoleCount> countByRole();

    @SqlQuery("""
            SELECT COUNT(*) FROM account a
            WHERE a.active = TRUE
              AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = :shopper)
              AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role <> :shopper)""")
    int countOnlyHolding(@Bind("shopper") String role);

    @SqlQuery("SELECT COUNT(*) FROM merchant WHERE id = :id")
    int merchantCount(@Bind("id") long merchantId);
}
