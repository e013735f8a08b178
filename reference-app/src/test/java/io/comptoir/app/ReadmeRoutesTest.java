package io.comptoir.app;

import io.comptoir.app.testing.TestMarketplace;
import io.comptoir.app.testing.TestPlugins;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every address the README's table of what the marketplace offers names is one the marketplace serves. */
final class ReadmeRoutesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern QUOTED_PATH = Pattern.compile("`(/[a-z0-9\\-/{}.]*)`");

    @Test
    void everyAddressTheReadmeGivesForAUserExists() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## What the reference marketplace offers");
        String table = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Set<String> paths = new TreeSet<>();
        Matcher matcher = QUOTED_PATH.matcher(table);
        while (matcher.find()) {
            paths.add(matcher.group(1).replaceAll("\\{[^}]+}", "1"));
        }
        assertThat(paths).contains("/mes-commandes", "/mon-compte", "/admin");
        try (TestDatabase database = TestDatabase.h2(); TestMarketplace market = TestMarketplace.start(database, TestPlugins.all())) {
            for (String path : paths) {
                HttpResponse<String> response = market.get(path);
                assertThat(response.statusCode()).as("GET " + path + " named in the README").isNotIn(404, 405);
            }
        }
    }
}
