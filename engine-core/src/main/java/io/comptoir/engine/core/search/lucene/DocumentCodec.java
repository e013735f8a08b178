package io.comptoir.engine.core.search.lucene;

import io.comptoir.engine.api.catalogue.CategoryId;
import io.comptoir.engine.api.catalogue.ProductId;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.search.SearchDocument;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A compact binary form of a {@link SearchDocument}, kept in a binary doc-values column so that a page of hits is
 * read without touching (compressed) stored fields: variable-length integers and UTF-8 strings, in record order.
 *
 * <p>Text is stored as Latin-1 when it fits, else as UTF-8: an unpaired surrogate, which no real text holds, comes
 * back as {@code ?}.
 */
final class DocumentCodec {

    private static final byte FORMAT = 1;

    private DocumentCodec() {
    }

    /** Writes documents into a reused buffer. Not thread-safe. */
    static final class Encoder {
        private byte[] bytes = new byte[1024];
        private int length;

        /** The encoded document; valid until the next call. */
        BytesRef encode(SearchDocument document) {
            length = 0;
            writeByte(FORMAT);
            writeVLong(document.productId().value());
            writeString(document.slug());
            writeString(document.name());
            writeString(document.description());
            writeString(document.keywords());
            writeVLong(document.merchantId().value());
            writeString(document.merchantName());
            writeString(document.merchantSlug());
            writeString(document.communeInsee());
            writeString(document.communeName());
            writeVLong(document.categoryId().value());
            writeString(document.categoryName());
            writeVLong(document.categoryPath().size());
            for (CategoryId category : document.categoryPath()) {
                writeVLong(category.value());
            }
            writeMoney(document.minPrice());
            writeMoney(document.maxPrice());
            writeByte((byte) (document.inStock() ? 1 : 0));
            writeZLong(document.createdAt().getEpochSecond());
            writeVLong(document.createdAt().getNano());
            writeByte((byte) (document.imageKey().isPresent() ? 1 : 0));
            if (document.imageKey().isPresent()) {
                writeString(document.imageKey().get());
            }
            writeString(document.imageAlt());
            return new BytesRef(bytes, 0, length);
        }

        private void writeMoney(Money money) {
            writeZLong(money.minorUnits());
            writeString(money.currency().getCurrencyCode());
        }

        /** Latin-1 when every character fits (most French text: decoding it is a plain copy), else UTF-8. */
        private void writeString(String text) {
            boolean latin1 = true;
            for (int i = 0; i < text.length() && latin1; i++) {
                latin1 = text.charAt(i) <= 0xFF;
            }
            byte[] encoded = text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            writeVLong(((long) encoded.length << 1) | (latin1 ? 1 : 0));
            ensure(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
        }

        private void writeZLong(long value) {
            writeVLong((value << 1) ^ (value >> 63));
        }

        private void writeVLong(long value) {
            ensure(10);
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                bytes[length++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            bytes[length++] = (byte) rest;
        }

        private void writeByte(byte value) {
            ensure(1);
            bytes[length++] = value;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = ArrayUtil.grow(bytes, length + more);
            }
        }
    }

    static SearchDocument decode(BytesRef encoded) {
        return new Decoder(encoded).document();
    }

    private static final class Decoder {
        private final byte[] bytes;
        private int position;

        Decoder(BytesRef encoded) {
            bytes = encoded.bytes;
            position = encoded.offset;
        }

        SearchDocument document() {
            byte format = bytes[position++];
            if (format != FORMAT) {
                throw new IllegalStateException("unknown search document format " + format);
            }
            ProductId productId = new ProductId(readVLong());
            String slug = readString();
            String name = readString();
            String description = readString();
            String keywords = readString();
            MerchantId merchantId = new MerchantId(readVLong());
            String merchantName = readString();
            String merchantSlug = readString();
            String communeInsee = readString();
            String communeName = readString();
            CategoryId categoryId = new CategoryId(readVLong());
            String categoryName = readString();
            CategoryId[] path = new CategoryId[(int) readVLong()];
            for (int i = 0; i < path.length; i++) {
                path[i] = new CategoryId(readVLong());
            }
            Money minPrice = readMoney();
            Money maxPrice = readMoney();
            boolean inStock = bytes[position++] == 1;
            long seconds = readZLong();
            Instant createdAt = Instant.ofEpochSecond(seconds, readVLong());
            Optional<String> imageKey = bytes[position++] == 1 ? Optional.of(readString()) : Optional.empty();
            String imageAlt = readString();
            return new SearchDocument(productId, slug, name, description, keywords, merchantId, merchantName, merchantSlug,
                    communeInsee, communeName, categoryId, categoryName, List.of(path), minPrice, maxPrice, inStock,
                    createdAt, imageKey, imageAlt);
        }

        private Money readMoney() {
            long minorUnits = readZLong();
            String code = readString();
            Currency currency = Money.EUR.getCurrencyCode().equals(code) ? Money.EUR : Currency.getInstance(code);
            return new Money(minorUnits, currency);
        }

        private String readString() {
            long header = readVLong();
            int length = (int) (header >>> 1);
            String text = new String(bytes, position, length, (header & 1) == 1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        private long readZLong() {
            long value = readVLong();
            return (value >>> 1) ^ -(value & 1);
        }

        private long readVLong() {
            long value = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[position++];
                value |= (b & 0x7FL) << shift;
                shift += 7;
            } while (b < 0);
            return value;
        }
    }
}
