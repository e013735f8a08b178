package io.comptoir.app.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A spreadsheet saved as CSV: UTF-8 (with or without its byte order mark), comma- or semicolon-separated (French
 * spreadsheets save with semicolons), a header line naming the columns. Rows are numbered as the spreadsheet shows
 * them: the header is row 1.
 */
public final class CsvTable {
    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** One data row: its number in the spreadsheet and its cells by column name (lower case). */
    public record Row(int number, Map<String, String> cells) {
        /** The cell, stripped; empty when the column is absent or the cell blank. */
        public String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /**
     * Reads a file.
     *
     * @throws CsvException when it is not UTF-8 text with a header line
     */
    public static CsvTable parse(byte[] bytes) {
        requireNonNull(bytes, "bytes is null");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException e) {
            throw new CsvException("the file is not UTF-8 text: save it from the spreadsheet as “CSV UTF-8”");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        if (header.isBlank()) {
            throw new CsvException("the file is empty: its first line names the columns");
        }
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = parser.getHeaderNames().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
            if (columns.stream().anyMatch(CsvTable::unstorable)) {
                throw new CsvException("row 1: a column's name holds the character U+0000, which no text can hold");
            }
            if (columns.stream().distinct().count() != columns.size()) {
                throw new CsvException("a column is named twice in the first line");
            }
            List<Row> rows = new ArrayList<>();
            int number = 1;
            for (CSVRecord record : parser) {
                number++;
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    String cell = i < record.size() ? record.get(i) : "";
                    if (unstorable(cell)) {
                        throw new CsvException("row " + number + ", column " + columns.get(i) + ": the cell holds the character U+0000, which no text can hold");
                    }
                    cells.put(columns.get(i), cell);
                }
                if (cells.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(new Row(number, cells));
            }
            return new CsvTable(columns, rows);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CsvException("the file is not valid CSV: " + e.getMessage());
        }
    }

    /** PostgreSQL's texts cannot hold U+0000 (nor can a spreadsheet's cell): refused before any row is read. */
    private static boolean unstorable(String text) {
        return text.indexOf('\u0000') >= 0;
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The first of the columns the file lacks, if any. */
    public Optional<String> missing(List<String> required) {
        return required.stream().filter(column -> !columns.contains(column)).findFirst();
    }

    /** A file that cannot be read as a table. */
    public static final class CsvException extends RuntimeException {
        public CsvException(String message) {
            super(message);
        }
    }
}
