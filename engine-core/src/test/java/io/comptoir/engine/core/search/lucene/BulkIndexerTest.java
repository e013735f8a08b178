package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BulkIndexerTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer = writer();

    @AfterEach
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    @Test
    void everyDocumentIsIndexedWhateverThreadIndexesIt() throws IOException {
        try (BulkIndexer bulk = new BulkIndexer(writer, 3, 16, 100)) {
            for (int i = 0; i < 5_000; i++) {
                bulk.add(document("product-" + i));
            }
            bulk.await();
        }

        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            assertThat(reader.numDocs()).isEqualTo(5_000);
        }
    }

    @Test
    void aFailingBatchFailsTheLoadAndNoBatchIsIndexedAfterClose() throws IOException {
        BulkIndexer bulk = new BulkIndexer(writer, 2, 16, 0);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 5_000; i++) {
                // a term longer than Lucene accepts
                bulk.add(document(i == 1_000 ? "x".repeat(40_000) : "product-" + i));
            }
            bulk.await();
        }).isInstanceOf(IllegalArgumentException.class);
        bulk.close();

        int indexed;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            indexed = reader.numDocs();
        }
        assertThat(indexed).isLessThan(5_000);
        try (DirectoryReader later = DirectoryReader.open(writer)) {
            assertThat(later.numDocs()).isEqualTo(indexed);
        }
    }

    private IndexWriter writer() {
        try {
            return new IndexWriter(directory, new IndexWriterConfig());
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Document document(String id) {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.NO));
        return document;
    }
}
