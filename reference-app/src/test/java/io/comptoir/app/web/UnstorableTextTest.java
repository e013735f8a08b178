package io.comptoir.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.comptoir.app.importing.CsvTable;
import io.comptoir.app.testing.BackOfficeMarket;
import io.comptoir.engine.api.account.Session;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.testkit.DatabaseKind;
import io.comptoir.engine.testkit.EachDatabaseClass;
import io.comptoir.engine.testkit.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * U+0000, which no PostgreSQL text can hold, is refused wherever input comes in (JSON bodies, query and form parameters,
 * spreadsheets) with a 400 naming the field, and changes nothing; Jetty's own refusals answer the API in JSON.
 */
@EachDatabaseClass
final class UnstorableTextTest {
    @Parameter
    DatabaseKind kind;
    private static TestDatabase database;
    private static BackOfficeMarket market;
    private static Session staff;
    private static String profile;

    @BeforeParameterizedClassInvocation
    static void start(DatabaseKind databaseKind) {
        database = TestDatabase.create(databaseKind);
        market = BackOfficeMarket.start(database);
        staff = market.session(market.staffOf("Paul Apiculteur", market.catalogue.rucher));
        profile = "/api/v1/merchant/" + market.catalogue.rucher.id() + "/profile";
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        market.close();
        database.close();
    }

    private static JsonNode refused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = BackOfficeMarket.json(response);
        assertThat(error.get("error").asText()).isEqualTo("invalid_character");
        assertThat(error.get("field").asText()).isEqualTo(field);
        return error;
    }

    @Test
    void aNulInAJsonTextIsA400NamingItsPathAndChangesNothing() {
        String before = market.apiGet(profile, staff).body();

        refused(market.api("PUT", profile, staff, "{\"trade\": \"Apiculteur\\u0000récoltant\"}"), "trade");
        refused(market.api("PUT", profile, staff, "{\"contact\": {\"phone\": \"03 21\\u0000\"}}"), "contact.phone");

        assertThat(market.apiGet(profile, staff).body()).isEqualTo(before);
    }

    @Test
    void aNulAnywhereInABodyIsFoundWithItsPath() {
        assertThatThrownBy(() -> JsonBody.parse("{\"tenders\": [{\"provider\": \"x\"}, {\"details\": {\"card\": \"42\\u0000\"}}]}"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("tenders[1].details.card"));
        assertThatThrownBy(() -> JsonBody.parse("{\"na\\u0000me\": \"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("invalid_character"));
        assertThat(JsonBody.parse("{\"note\": \"tab\\tand\\nnew line\"}".getBytes(StandardCharsets.UTF_8)).text("note", 100))
                .isEqualTo("tab\tand\nnew line");
    }

    @Test
    void aNulInAQueryParameterIsA400NamingIt() {
        refused(market.get("/api/v1/products?q=miel%00"), "q");
        HttpResponse<String> page = market.get("/recherche?q=miel%00");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    }

    @Test
    void aNulInAFormFieldIsRefusedWithAPageAndChangesNothing() {
        String before = market.apiGet(profile, staff).body();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("trade", "Apiculteur\u0000récoltant");
        form.put("description", "Nos ruches sont dans le marais audomarois.");
        form.put("email", "miel@rucher.example");
        form.put("phone", "03 21 00 00 00");
        form.put("website", "https://rucher.example");
        form.put("slots", "1");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            form.put("hours." + day + ".0.opens", "");
            form.put("hours." + day + ".0.closes", "");
        }

        HttpResponse<String> response = market.postForm("/espace-commercant/" + market.catalogue.rucher.id() + "/profil", staff, form);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(market.apiGet(profile, staff).body()).isEqualTo(before);
    }

    @Test
    void aSpreadsheetCellHoldingNulIsNamedByRowAndColumn() {
        byte[] file = "nom;prix\nMiel;8,50\nPol\u0000len;6\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvTable.parse(file)).isInstanceOf(CsvTable.CsvException.class)
                .hasMessageContaining("row 3, column nom");
    }

    @Test
    void jettysOwnRefusalsAnswerTheApiInJson() {
        HttpResponse<String> tooLong = market.send(HttpRequest.newBuilder(market.uri("/api/v1/products?q=" + "a".repeat(9000))).build());
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(BackOfficeMarket.json(tooLong).get("error").asText()).isEqualTo("uri_too_long");

        HttpResponse<String> headers = market.send(HttpRequest.newBuilder(market.uri("/api/v1/products"))
                .header("X-Padding", "b".repeat(20_000)).build());
        assertThat(headers.statusCode()).isEqualTo(431);
        assertThat(BackOfficeMarket.json(headers).get("error").asText()).isEqualTo("request_header_fields_too_large");
    }
}
