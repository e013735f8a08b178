package io.comptoir.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;

/**
 * Jetty's own answers to requests it refuses before the app sees them (a URI or headers too long, a path it cannot
 * decode): under {@code /api} the JSON {@link ApiError} every other API failure answers, elsewhere Jetty's page.
 */
public final class JettyErrors extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The path Jetty gives a request it could not parse. */
    private static final String BAD_MESSAGE = "/badMessage";

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) throws IOException {
        if (!isApi(request)) {
            return super.generateAcceptableResponse(request, response, callback, contentType, charsets, code, message, cause);
        }
        String reason = HttpStatus.getMessage(code);
        ApiError error = new ApiError(ErrorHandlers.code(code), message == null || message.isBlank() ? reason : message, null);
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(error);
        }
        catch (JsonProcessingException e) {
            return super.generateAcceptableResponse(request, response, callback, contentType, charsets, code, message, cause);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /**
     * Whether the request was for the API. When Jetty could not read the request (a request line or headers too long, a
     * path it refuses to decode) it knows no path: the client's {@code Accept} decides if Jetty read it (a browser asks
     * for HTML), and otherwise (a request line too long is read no further) the answer is JSON, which a person reads too.
     */
    private static boolean isApi(Request request) {
        HttpURI uri = request.getHttpURI();
        String path = uri == null ? null : uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals(BAD_MESSAGE)) {
            return path.equals("/api") || path.startsWith("/api/");
        }
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        return accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/html");
    }
}
