package io.comptoir.engine.core.account;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

/**
 * The read of an account with its roles in one statement: every signed-in request makes it, so it is kept apart from
 * {@link AccountDao} (attaching a SqlObject prepares all its methods) and joined rather than run as two queries.
 */
@RegisterConstructorMapper(AccountGrantRow.class)
public interface AccountReads {
    @SqlQuery("""
            SELECT a.id, a.email, a.display_name, a.password_hash, a.active, a.created_at, a.updated_at, a.language, r.role, r.scope
            FROM account a
            LEFT JOIN account_role r ON r.account_id = a.id
            WHERE a.id = :id
            ORDER BY r.role, r.scope""")
    List<AccountGrantRow> withRoles(@Bind("id") long id);
}
