package io.comptoir.app.territory;

import io.comptoir.app.web.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A territory's folder is read whole and checked field by field: every shipped territory reads, and a copy of the Pays
 * de Saint-Omer with one mistake is refused with one line naming the file and the field.
 */
final class TerritoryReaderTest {
    private static final Path SAINT_OMER = Path.of("../territories/pays-de-saint-omer");

    @TempDir
    Path temp;

    @Test
    void readsThePaysDeSaintOmer() {
        TerritoryFolder territory = new TerritoryReader().read(FolderSource.directory(SAINT_OMER));
        assertThat(territory.slug()).isEqualTo("pays-de-saint-omer");
        assertThat(territory.identity().name()).isEqualTo("Pays de Saint-Omer");
        assertThat(territory.identity().currency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(territory.identity().languages()).containsExactly(Language.FR, Language.EN);
        assertThat(territory.bodies()).extracting(body -> body.code() + " " + body.sirenCode())
                .containsExactly("CAPSO 200069037", "CCPL 246201016");
        assertThat(territory.communes()).hasSize(89).anySatisfy(commune -> {
            assertThat(commune.inseeCode()).isEqualTo("62765");
            assertThat(commune.name()).isEqualTo("Saint-Omer");
            assertThat(commune.postalCode()).isEqualTo("62500");
        });
        assertThat(territory.categories()).hasSize(13);
        assertThat(territory.branding().texts().get(Language.FR)).containsEntry("site.name", "Achetez en Pays de Saint-Omer");
        assertThat(territory.legalPages()).extracting(page -> page.kind().slug())
                .containsExactly("mentions-legales", "conditions-generales", "confidentialite", "accessibilite");
        assertThat(territory.searchSynonyms()).isPresent();
        assertThat(territory.demo()).isPresent();
        assertThat(territory.themeCss()).contains("--brand-700: #7a2e1f;", "--hero-picture: url(\"/territoire/hero.svg?v=");
    }

    @Test
    void everyShippedTerritoryReadsFromTheJarAndFromItsFolder() throws IOException {
        try (Stream<Path> folders = Files.list(SAINT_OMER.getParent())) {
            List<Path> shipped = folders.filter(Files::isDirectory).toList();
            assertThat(shipped).isNotEmpty();
            for (Path folder : shipped) {
                TerritoryFolder onDisk = new TerritoryReader().read(FolderSource.directory(folder));
                TerritoryFolder inJar = new TerritoryReader().read("territories/" + folder.getFileName());
                assertThat(inJar.identity()).isEqualTo(onDisk.identity());
                assertThat(inJar.communes()).isEqualTo(onDisk.communes());
                assertThat(inJar.source().describe()).isEqualTo("territories/" + folder.getFileName());
            }
        }
    }

    @Test
    void aTerritoryOverseasRunsInItsOwnTimeZone() throws IOException {
        Path folder = copy();
        replace(folder.resolve("territory.json"), "\"timeZone\": \"Europe/Paris\"", "\"timeZone\": \"Indian/Reunion\"");
        TerritoryFolder territory = new TerritoryReader().read(FolderSource.directory(folder));
        assertThat(territory.identity().timeZone()).isEqualTo(java.time.ZoneId.of("Indian/Reunion"));
    }

    @Test
    void anUnknownFolderIsNamed() {
        assertThatThrownBy(() -> new TerritoryReader().read("territories/nowhere"))
                .isInstanceOf(TerritoryException.class).hasMessageStartingWith("territories/nowhere: no such folder");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "territory.json | \"shortName\":  | shortName is missing",
            "territory.json | \"postalCode\": | communes[0].postalCode is missing",
            "territory.json | \"currency\":   | currency is missing",
            "territory.json | \"zoom\":       | mapCentre.zoom is missing",
            "territory.json | \"siren\":      | intercommunalities[0].siren is missing",
            "branding.json  | \"heroTitle\":  | texts.fr.heroTitle is missing",
            "branding.json  | \"accent-500\": | colours.accent-500 is missing",
    })
    void aMissingFieldStopsWithTheFileAndTheField(String file, String field, String problem) throws IOException {
        Path folder = copy();
        replace(folder.resolve(file), field.strip(), "\"unused\":");
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(folder)))
                .isInstanceOf(TerritoryException.class)
                .hasMessage(folder + "/" + file + ": " + problem.strip());
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', value = {
            "territory.json | \"postalCode\": \"62500\"        | \"postalCode\": \"625\"        | communes[9].postalCode must be 5 digits, got \"625\"",
            "territory.json | \"insee\": \"62765\"             | \"insee\": \"6276\"             | communes[42].insee must be an INSEE commune code (5 characters, e.g. 62765), got \"6276\"",
            "territory.json | \"siren\": \"246201016\"         | \"siren\": \"246201017\"        | intercommunalities[1].siren must be a SIREN: 9 digits with a valid check digit, got \"246201017\"",
            "territory.json | \"intercommunality\": \"CCPL\"  | \"intercommunality\": \"CCXX\"  | communes[53].intercommunality must be the code of one of intercommunalities, got \"CCXX\"",
            "territory.json | \"currency\": \"EUR\"           | \"currency\": \"EURO\"          | currency must be an ISO 4217 code such as EUR, got \"EURO\"",
            "territory.json | \"timeZone\": \"Europe/Paris\"  | \"timeZone\": \"Mars/Olympus\"  | timeZone must be an IANA time zone such as Europe/Paris, got \"Mars/Olympus\"",
            "territory.json | \"timeZone\": \"Europe/Paris\"  | \"timeZone\": \"+04:00\"        | timeZone must be an IANA time zone such as Europe/Paris, got \"+04:00\"",
            "territory.json | \"en\"                           | \"de\"                          | languages[1] must be one of the site's languages (fr, en), got \"de\"",
            "territory.json | \"latitude\": 50.7200            | \"latitude\": 150.72            | mapCentre.latitude must be a number from -90 to 90, got 150.72",
            "territory.json | \"population\": 14903           | \"population\": -1              | communes[42].population must be a whole number from 0 to 10000000, got -1",
            "territory.json | \"email\": \"contact@achetezenpaysdesaintomer.example\" | \"email\": \"contact\" | contact.email must be an e-mail address, got \"contact\"",
            "categories.json | \"slug\": \"chaussures\"       | \"slug\": \"Chaussures!\"      | [0].children[0].slug must be lower-case words joined by dashes (e.g. mode-chaussures), got \"Chaussures!\"",
            "categories.json | \"slug\": \"chaussures\"       | \"slug\": \"mode-chaussures\"  | [0].children[0].slug \"mode-chaussures\" is used twice in the tree",
            "branding.json  | \"brand-700\": \"#7a2e1f\"       | \"brand-700\": \"red\"          | colours.brand-700 must be a colour written #rrggbb, got \"red\"",
            "branding.json  | \"logo\": \"logo.svg\"           | \"logo\": \"logo.gif\"          | logo must name a picture of the folder (png, svg), got \"logo.gif\"",
            "branding.json  | \"logo\": \"logo.svg\"           | \"logo\": \"absent.svg\"        | logo names absent.svg, which is not in FOLDER",
            "branding.json  | \"heroLead\"                     | \"heroLede\"                    | texts.fr.heroLede is not a text of the site (siteName, brandLine, brandPlace, tagline, heroTitle, heroKicker, heroLead, footerAbout, footerNote, initiativeTitle, initiativeText, initiativeText2, communesLead)",
            "branding.json  | \"url\": \"https://www.ca-pays-saint-omer.fr\" | \"url\": \"javascript:alert(1)\" | footerLinks[0].url must be an http(s) or mailto address, or a path of the site starting with /, got \"javascript:alert(1)\"",
    })
    void aWrongFieldStopsWithTheFileAndTheField(String file, String from, String to, String problem) throws IOException {
        Path folder = copy();
        replace(folder.resolve(file), from.strip(), to.strip());
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(folder)))
                .isInstanceOf(TerritoryException.class)
                .hasMessage(folder + "/" + file + ": " + problem.strip().replace("FOLDER", folder.toString()));
    }

    /** The mailer refuses an address with a control character or a line separator: so does the territory's folder. */
    @Test
    void aContactAddressTheMailerWouldRefuseStopsTheStart() throws IOException {
        for (String escaped : List.of("\\u0001", "\\u2028")) {
            Path folder = copy();
            replace(folder.resolve("territory.json"), "\"email\": \"contact@", "\"email\": \"contact" + escaped + "@");
            assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(folder))).as(escaped)
                    .isInstanceOf(TerritoryException.class).hasMessageStartingWith(folder + "/territory.json: contact.email must be an e-mail address");
        }
    }

    @Test
    void invalidJsonIsReportedWithItsPlace() throws IOException {
        Path folder = copy();
        Files.writeString(folder.resolve("branding.json"), "{\"logo\": \"logo.svg\",\n");
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(folder)))
                .isInstanceOf(TerritoryException.class).hasMessageStartingWith(folder + "/branding.json: is not valid JSON: ")
                .hasMessageContaining("line 2");
    }

    @Test
    void aMissingLegalPageOrABadSynonymLineStopsTheStart() throws IOException {
        Path folder = copy();
        Files.delete(folder.resolve("legal/confidentialite.md"));
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(folder)))
                .hasMessageStartingWith(folder + "/legal/confidentialite.md: is missing");

        Path other = copy();
        Files.writeString(other.resolve("synonyms.txt"), "# regional words\nchicons, endives\nvergeoise\n");
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(other)))
                .hasMessage(other + "/synonyms.txt: line 3 must list two words or more separated by commas, got \"vergeoise\"");

        Files.writeString(other.resolve("synonyms.txt"), "chicons, endives\nkouign-amann, kouignamann\n");
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(other)))
                .hasMessage(other + "/synonyms.txt: line 2: \"kouign-amann\" is not one word (letters and digits only, no space nor hyphen)");
        Files.writeString(other.resolve("synonyms.txt"), "pomme de terre, patate\n");
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(other)))
                .hasMessageContaining("line 1: \"pomme de terre\" is not one word");
    }

    @Test
    void aLegalPageUsesOnlyTheContactsPlaceholders() throws IOException {
        Path folder = copy();
        replace(folder.resolve("legal/mentions-legales.md"), "{{contact.phone}}", "{{contact.fax}}");
        assertThatThrownBy(() -> new TerritoryReader().read(FolderSource.directory(folder)))
                .hasMessage(folder + "/legal/mentions-legales.md: uses {{contact.fax}}, which is not one of {{contact.email}}, "
                        + "{{contact.phone}}, {{contact.address}}");
    }

    @Test
    void aTerritoryWithoutDemoDataOrEnglishReads() throws IOException {
        Path folder = copy();
        deleteTree(folder.resolve("demo"));
        replace(folder.resolve("territory.json"), "\"fr\",\n    \"en\"", "\"fr\"");
        TerritoryFolder territory = new TerritoryReader().read(FolderSource.directory(folder));
        assertThat(territory.demo()).isEmpty();
        assertThat(territory.identity().languages()).containsExactly(Language.FR);
        assertThat(territory.look().languages()).containsExactly(Language.FR);
    }

    private Path copy() throws IOException {
        Path target = Files.createTempDirectory(temp, "territory-");
        try (Stream<Path> files = Files.walk(SAINT_OMER)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(SAINT_OMER.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                }
                else if (!file.getFileName().toString().equals("products.json")) {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** Replaces the first occurrence of a text (the tests name the index of the commune or category it falls in). */
    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertThat(at).as(from + " in " + file).isNotNegative();
        Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
