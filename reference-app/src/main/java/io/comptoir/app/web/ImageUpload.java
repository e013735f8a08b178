package io.comptoir.app.web;

import io.comptoir.engine.api.asset.Image;
import io.comptoir.engine.api.asset.ImageUploads;
import io.comptoir.engine.api.error.InvalidInputException;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A picture uploaded in a {@code multipart/form-data} request: JPEG, PNG or WebP, at most
 * {@link RequestLimits#MAX_UPLOAD_BYTES}. The type is read from the file's first bytes, never trusted from the
 * browser's say-so, so that a script renamed {@code .png} is refused (SVG is refused too: it may carry script).
 *
 * @param field the form field it came in, which refusals name
 * @param contentType the type the bytes are, e.g. {@code image/png}
 */
public record ImageUpload(String field, String filename, String contentType, byte[] content) {
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public ImageUpload {
        requireNonNull(field, "field is null");
        requireNonNull(filename, "filename is null");
        requireNonNull(contentType, "contentType is null");
        requireNonNull(content, "content is null");
    }

    /**
     * Reads the file of the field.
     *
     * @throws InvalidInputException naming the field when no file was sent or it is not a JPEG, PNG or WebP picture
     * @throws ContentTooLargeResponse when it is over the limit
     */
    public static ImageUpload read(Context ctx, String field) {
        if (!ctx.isMultipartFormData()) {
            throw InvalidInputException.invalid(field, "send the picture as multipart/form-data in the field '" + field + "'");
        }
        UploadedFile file = ctx.uploadedFile(field);
        if (file == null || file.size() == 0) {
            throw InvalidInputException.invalid(field, "choose a picture to send (JPEG, PNG or WebP)");
        }
        if (file.size() > RequestLimits.MAX_UPLOAD_BYTES) {
            throw new ContentTooLargeResponse();
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes((int) RequestLimits.MAX_UPLOAD_BYTES + 1);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > RequestLimits.MAX_UPLOAD_BYTES) {
            throw new ContentTooLargeResponse();
        }
        String type = sniff(bytes).orElseThrow(() -> new InvalidInputException(field, "invalid_" + field + "_type",
                "a picture is a JPEG, PNG or WebP file"));
        String name = file.filename() == null || file.filename().isBlank() ? "image" : file.filename();
        return new ImageUpload(field, name.length() > 120 ? name.substring(0, 120) : name, type, bytes);
    }

    /**
     * Stores the picture through the engine's image pipeline (limits, metadata dropped, sizes in WebP and JPEG).
     *
     * @param altField the form field the alternative text came in
     * @throws InvalidInputException naming this upload's field or {@code altField}, when the pipeline refuses
     */
    public Image storeThrough(ImageUploads uploads, String altText, String altField) {
        try {
            return uploads.upload(content, altText, filename);
        }
        catch (InvalidInputException e) {
            if (e.field().filter(name -> name.equals("altText")).isPresent()) {
                throw new InvalidInputException(altField, "invalid_" + altField, e.getMessage());
            }
            String code = e.code().equals("invalid_content") ? "unreadable_image" : e.code();
            throw new InvalidInputException(field, code, e.getMessage());
        }
    }

    /** The image type the bytes start like, if one we take. */
    public static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
