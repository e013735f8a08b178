package io.comptoir.app.importing;

import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The CSV file of an import form, in two steps and without script: the upload ({@code fichier}) shows the preview,
 * whose confirmation sends the same text back ({@code contenu}, a hidden field of a multipart form), checked again
 * before it is stored.
 */
public final class CsvUpload {
    public static final String FILE = "fichier";
    public static final String CONTENT = "contenu";

    private CsvUpload() {
    }

    /** The uploaded file's bytes. */
    public static byte[] uploaded(Context ctx) {
        UploadedFile file = isMultipart(ctx) ? ctx.uploadedFile(FILE) : null;
        if (file == null || file.size() == 0) {
            throw InvalidInputException.invalid(FILE, "choose the CSV file to import");
        }
        try (InputStream in = file.content()) {
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text the preview sent back for confirmation. */
    public static byte[] confirmed(Context ctx) {
        String content = isMultipart(ctx) ? ctx.formParam(CONTENT) : null;
        if (content == null || content.isBlank()) {
            throw InvalidInputException.invalid(CONTENT, "the file to confirm is missing: upload it again");
        }
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The file as text, for the confirmation's hidden field (the preview shows only a file that reads as UTF-8). */
    public static String text(byte[] file) {
        return new String(file, StandardCharsets.UTF_8);
    }

    private static boolean isMultipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("multipart/form-data");
    }
}
