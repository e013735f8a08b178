package io.comptoir.engine.core.mail;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

@RegisterConstructorMapper(MailRow.class)
public interface MailDao {

    @SqlUpdate("""
            INSERT INTO mail_outbox (recipient, subject, body, kind, created_at)
            VALUES (:recipient, :subject, :body, :kind, :now)""")
    @GetGeneratedKeys("id")
    long insert(@Bind("recipient") String recipient, @Bind("subject") String subject, @Bind("body") String body,
                @Bind("kind") String kind, @Bind("now") Instant now);

    @SqlQuery("""
            SELECT id, recipient, subject, body, kind, created_at FROM mail_outbox
            WHERE recipient = :recipient ORDER BY id DESC LIMIT :limit""")
    List<MailRow> sentTo(@Bind("recipient") String recipient, @Bind("limit") int limit);

    @SqlQuery("SELECT id, recipient, subject, body, kind, created_at FROM mail_outbox ORDER BY id DESC LIMIT :limit")
    List<MailRow> latest(@Bind("limit") int limit);
}
