package io.comptoir.engine.core.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes every commit on the embedded H2 database reach its file before the commit returns.
 *
 * <p>By default H2 (MVStore) writes committed changes to its file in the background, up to {@code WRITE_DELAY} (500 ms)
 * later: a process killed in between loses transactions whose commit had returned, and so work the engine had already
 * acknowledged (an order answered as placed, a mail, an event). With {@code WRITE_DELAY=0} the MVStore stores the commit's
 * chunk in the committing thread, before the commit returns; the file then survives the process being killed (the operating
 * system keeps what was written). H2 does not ask the disk to flush ({@code fsync}) on commit: a power cut or an operating
 * system crash may still lose the last seconds of commits. That is what PostgreSQL is for (see the README).
 *
 * <p>H2 applies the URL's {@code WRITE_DELAY}, or its default, each time the database is opened: so the setting belongs in
 * the URL, where {@link #durableUrl} puts it; a URL that sets its own value is the embedder's choice (logged).
 */
public final class DurableCommits {
    private static final Logger log = LoggerFactory.getLogger(DurableCommits.class);
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=");

    private DurableCommits() {
    }

    /** The URL, with {@code ;WRITE_DELAY=0} added when it is an H2 file database's that does not set it. */
    public static String durableUrl(String url) {
        if (!isH2File(url) || WRITE_DELAY.matcher(url).find()) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }

    /**
     * On H2, checks that commits are durable and makes them so if they are not ({@code SET WRITE_DELAY 0}, which lasts until
     * the database is closed), unless the URL chose its own delay; warns in both cases, since a lost commit is lost work.
     *
     * @param urlChose whether the URL the engine was given sets {@code WRITE_DELAY} itself
     */
    public static void check(DataSource dataSource, boolean urlChose) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int delay;
            try (ResultSet row = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                delay = row.next() ? Integer.parseInt(row.getString(1)) : 0;
            }
            if (delay == 0) {
                return;
            }
            if (urlChose) {
                log.warn("The H2 URL sets WRITE_DELAY={}: a commit reaches the file up to {} ms after it returns, so a crash loses work the "
                        + "marketplace acknowledged. Use it for measurements only.", delay, delay);
                return;
            }
            statement.execute("SET WRITE_DELAY 0");
            log.warn("H2 wrote commits up to {} ms after they returned: set to 0 for this run. Add ;WRITE_DELAY=0 to the database URL, "
                    + "since H2 goes back to its default whenever the database is opened again.", delay);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot make the embedded database's commits durable (SET WRITE_DELAY 0 needs an admin "
                    + "user): " + e.getMessage(), e);
        }
    }

    /** Whether the URL names a database H2 keeps in a file (not in memory, not on a server). */
    public static boolean isH2File(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:");
    }

    /** Whether the URL sets {@code WRITE_DELAY} itself. */
    public static boolean setsWriteDelay(String url) {
        return WRITE_DELAY.matcher(url).find();
    }
}
