package io.comptoir.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * A request whose body is over the server's limit, written by hand over a socket.
 *
 * <p>The server refuses such a body without reading the rest of it, answers 413 and closes the connection. A client that
 * is still uploading (the JDK's {@code HttpClient} sends the whole body) can then see the connection reset before it
 * reads the answer, which failed CI runs. These requests send only what the server reads before it decides, then read
 * the answer.
 */
public final class OversizedRequest {
    private OversizedRequest() {
    }

    /** The server's answer: its status, its headers (names in lower case) and its body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        private static final ObjectMapper JSON = new ObjectMapper();

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            }
            catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /**
     * Announces a body of {@code length} bytes with {@code Content-Length}, sends only {@code bodyStart} of it, and reads
     * the answer (the server decides from the announced length).
     */
    public static Answer announced(URI server, String method, String path, Map<String, String> headers, long length, String bodyStart) {
        StringBuilder head = head(server, method, path, headers).append("Content-Length: ").append(length).append("\r\n\r\n");
        return exchange(server, out -> {
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bodyStart.getBytes(StandardCharsets.UTF_8));
        });
    }

    /**
     * Announces a body of {@code length} bytes with {@code Expect: 100-continue}, as browsers and curl do for large
     * uploads, and reads the answer the server gives before any of it is sent (a server that wants the body answers 100).
     */
    public static Answer expectingContinue(URI server, String method, String path, Map<String, String> headers, long length) {
        StringBuilder head = head(server, method, path, headers).append("Content-Length: ").append(length)
                .append("\r\nExpect: 100-continue\r\n\r\n");
        return exchange(server, out -> out.write(head.toString().getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Sends a chunked body (no length announced) until it is {@code length} bytes long, without its last chunk, and reads
     * the answer: the server has read every byte sent when it finds the body too large.
     */
    public static Answer chunked(URI server, String method, String path, Map<String, String> headers, long length) {
        StringBuilder head = head(server, method, path, headers).append("Transfer-Encoding: chunked\r\n\r\n");
        return exchange(server, out -> {
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (long sent = 0; sent < length; sent += chunk.length) {
                int size = (int) Math.min(chunk.length, length - sent);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        });
    }

    private static StringBuilder head(URI server, String method, String path, Map<String, String> headers) {
        requireNonNull(server, "server is null");
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(server.getHost()).append(':').append(server.getPort()).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head;
    }

    private interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Answer exchange(URI server, Writing request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            request.writeTo(out);
            out.flush();
            return read(socket.getInputStream());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (headers.containsKey("content-length")) {
            body.writeBytes(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
        }
        else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.writeBytes(in.readNBytes(size));
                line(in);   // the chunk's end of line
            }
        }
        else {
            body.writeBytes(in.readAllBytes());
        }
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    /** A chunk's size line: hexadecimal, perhaps followed by extensions after a semicolon. */
    private static int chunkSize(InputStream in) throws IOException {
        return Integer.parseInt(line(in).split(";")[0].trim(), 16);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed in the middle of the answer's head: " + line.toString(StandardCharsets.US_ASCII));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
