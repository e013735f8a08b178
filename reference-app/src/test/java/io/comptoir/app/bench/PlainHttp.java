package io.comptoir.app.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * HTTP/1.1 as a load generator needs it and no more: one blocking connection per calling thread, kept alive; bodies sent
 * with a Content-Length and read by Content-Length, chunks or the end of the connection. The benchmarks' load generator
 * shares the machine with the app and PostgreSQL, so what it costs is taken from what they measure: the JDK's HttpClient
 * spends about a millisecond of CPU per request in its selector thread and asynchronous pipeline, this a fraction of it
 * (the two are printed side by side by {@code bench/checkout.sh}, BENCH_LOAD_CLIENT).
 */
final class PlainHttp {
    /** A connection idle longer than this may have been closed by the server: a new one is opened rather than risk a resend. */
    private static final long IDLE_REUSE_NANOS = 2_000_000_000L;
    private static final int TIMEOUT_MILLIS = 30_000;

    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    PlainHttp(URI base) {
        requireNonNull(base, "base is null");
        if (!"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("plain HTTP only: " + base);
        }
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
    }

    /** Sends a request on this thread's connection and reads its answer; a connection that failed is closed, not reused. */
    BenchClient.Answer exchange(String method, String path, Map<String, String> headers, String body) throws IOException {
        Connection connection = connections.get();
        if (connection != null && System.nanoTime() - connection.lastUsed > IDLE_REUSE_NANOS) {
            connection.close();
            connection = null;
        }
        if (connection == null) {
            connection = new Connection(host, port);
            connections.set(connection);
        }
        try {
            BenchClient.Answer answer = connection.exchange(method, path, host + ":" + port, headers, body);
            if (connection.closed) {
                connections.remove();
            }
            return answer;
        }
        catch (IOException | RuntimeException e) {
            connection.close();
            connections.remove();
            throw e;
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private long lastUsed = System.nanoTime();
        private boolean closed;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 8 * 1024);
        }

        BenchClient.Answer exchange(String method, String path, String authority, Map<String, String> headers, String body) throws IOException {
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ").append(authority)
                    .append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null || !method.equals("GET")) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();

            String statusLine = line();
            String[] status = statusLine.split(" ", 3);
            if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer: " + statusLine);
            }
            int code = Integer.parseInt(status[1]);
            long length = -1;
            boolean chunked = false;
            boolean keepAlive = status[0].equals("HTTP/1.1");
            String upstream = "";
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    throw new IOException("malformed header: " + header);
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> keepAlive = !value.equalsIgnoreCase("close") && (keepAlive || value.equalsIgnoreCase("keep-alive"));
                    default -> {
                        if (name.equalsIgnoreCase(BenchClient.Answer.UPSTREAM)) {
                            upstream = value;
                        }
                    }
                }
            }
            byte[] answer;
            if (code == 204 || code == 304 || (code >= 100 && code < 200)) {
                answer = new byte[0];
            }
            else if (chunked) {
                answer = chunks();
            }
            else if (length >= 0) {
                answer = in.readNBytes((int) length);
                if (answer.length < length) {
                    throw new EOFException("answer ended after " + answer.length + " of " + length + " bytes");
                }
            }
            else {
                answer = in.readAllBytes();
                keepAlive = false;
            }
            lastUsed = System.nanoTime();
            if (!keepAlive) {
                close();
            }
            return new BenchClient.Answer(code, new String(answer, StandardCharsets.UTF_8), upstream);
        }

        private byte[] chunks() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                int extension = size.indexOf(';');
                int length = Integer.parseInt((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                if (length == 0) {
                    while (!line().isEmpty()) {
                        // trailers: none expected, skipped
                    }
                    return body.toByteArray();
                }
                byte[] chunk = in.readNBytes(length);
                if (chunk.length < length) {
                    throw new EOFException("chunk ended after " + chunk.length + " of " + length + " bytes");
                }
                body.write(chunk);
                if (!line().isEmpty()) {
                    throw new IOException("chunk not followed by CRLF");
                }
            }
        }

        /** A line of the status or headers, without its CRLF. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("connection closed by the server");
                }
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) b);
            }
        }

        void close() {
            closed = true;
            try {
                socket.close();
            }
            catch (IOException e) {
                // closing a connection we give up on: nothing left to do
            }
        }
    }
}
