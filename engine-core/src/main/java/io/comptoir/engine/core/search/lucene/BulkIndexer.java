package io.comptoir.engine.core.search.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Indexes a stream of documents in batches, on helper threads and on the caller's thread: analysis, the costly
 * part, then overlaps with reading the stream (a database cursor). When the helpers are all busy the caller indexes
 * the batch itself, so at most {@code helpers + 1} batches are in memory. Helpers start only once the stream has
 * proved long: each indexing thread writes its own segments, and a small catalogue is searched fastest as one
 * segment. {@link #close()} returns only once every batch handed over is indexed or abandoned, so a caller can clean
 * up after a failure without a batch landing later.
 */
final class BulkIndexer implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final IndexWriter writer;
    private final int helperCount;
    private final int batchSize;
    private final long parallelFrom;
    private final Object lock = new Object();
    private ThreadPoolExecutor helpers;
    private long handedOver;
    private List<Document> batch;
    private int pending;
    private Throwable failure;

    /**
     * @param helpers number of helper threads; 0 indexes everything on the caller's thread
     * @param batchSize documents per batch
     * @param parallelFrom number of documents after which helpers start
     */
    BulkIndexer(IndexWriter writer, int helpers, int batchSize, long parallelFrom) {
        this.writer = writer;
        this.helperCount = helpers;
        this.batchSize = batchSize;
        this.parallelFrom = parallelFrom;
        this.batch = new ArrayList<>(batchSize);
    }

    /** The number of helper threads worth having on this machine: the caller's thread takes one core. */
    static int helpersForThisMachine() {
        return Math.max(0, Math.min(3, Runtime.getRuntime().availableProcessors() - 1));
    }

    void add(Document document) throws IOException {
        batch.add(document);
        if (batch.size() == batchSize) {
            handOver();
        }
    }

    /** Returns once every document added so far is indexed; throws the first failure of any batch. */
    void await() throws IOException {
        handOver();
        waitForPending();
        rethrowFailure();
    }

    private void handOver() throws IOException {
        rethrowFailure();
        if (batch.isEmpty()) {
            return;
        }
        List<Document> handed = batch;
        batch = new ArrayList<>(batchSize);
        handedOver += handed.size();
        synchronized (lock) {
            pending++;
        }
        if (helpers == null && helperCount > 0 && handedOver > parallelFrom) {
            helpers = new ThreadPoolExecutor(helperCount, helperCount, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(helperCount), runnable -> {
                        Thread thread = new Thread(runnable, "search-index-loader-" + THREADS.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    }, new ThreadPoolExecutor.CallerRunsPolicy());
        }
        if (helpers == null) {
            index(handed);
        }
        else {
            helpers.execute(() -> index(handed));
        }
    }

    private void index(List<Document> documents) {
        try {
            synchronized (lock) {
                if (failure != null) {
                    return;
                }
            }
            for (Document document : documents) {
                writer.addDocument(document);
            }
        }
        catch (Throwable thrown) {
            synchronized (lock) {
                if (failure == null) {
                    failure = thrown;
                }
            }
        }
        finally {
            synchronized (lock) {
                pending--;
                lock.notifyAll();
            }
        }
    }

    /** Waits even if interrupted: returning with a batch still being indexed would break the caller's clean-up. */
    private void waitForPending() {
        boolean interrupted = false;
        synchronized (lock) {
            while (pending > 0) {
                try {
                    lock.wait();
                }
                catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowFailure() throws IOException {
        Throwable thrown;
        synchronized (lock) {
            thrown = failure;
        }
        if (thrown == null) {
            return;
        }
        if (thrown instanceof IOException io) {
            throw io;
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        throw new UncheckedIOException(new IOException(thrown));
    }

    /** Abandons the batch not yet handed over, waits for those that were, stops the helpers. */
    @Override
    public void close() {
        batch = new ArrayList<>(0);
        waitForPending();
        if (helpers != null) {
            helpers.shutdown();
        }
    }
}
