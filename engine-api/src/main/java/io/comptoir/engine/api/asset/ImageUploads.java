package io.comptoir.engine.api.asset;

/**
 * Pictures from shops (or seeds) into the {@link AssetStore}, through the engine's image pipeline: the type is read
 * from the bytes (JPEG, PNG or WebP), weight and size are limited (a decompression bomb is refused from its header,
 * before decoding), metadata such as EXIF and its GPS position is dropped, and every {@link ImageVariant} is stored
 * as WebP and JPEG. Refusals are {@link io.comptoir.engine.api.error.InvalidInputException}s naming the field
 * ({@code content} or {@code altText}) and saying why; nothing is stored then.
 */
public interface ImageUploads {

    /**
     * Checks, cleans and stores a picture; returns it as a product or shop keeps it (its key is the large JPEG's).
     *
     * @param altText what the picture shows, for people who cannot see it; required
     * @param suggestedName a readable name for the keys, e.g. the product's name
     */
    Image upload(byte[] content, String altText, String suggestedName);
}
