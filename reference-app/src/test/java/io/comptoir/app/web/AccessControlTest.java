package io.comptoir.app.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Routes answer only the roles they declare; a route that declares none answers nobody. */
final class AccessControlTest {

    private enum StaffOnly implements io.javalin.security.RouteRole { STAFF }

    @Test
    void openRoutesAnswerEveryoneAndOthersRefuseAnonymousCallers() throws Exception {
        AccessControl access = AccessControl.anonymousOnly();
        Javalin app = Javalin.create(cfg -> {
            cfg.routes.beforeMatched(access::check);
            cfg.routes.get("/open", ctx -> ctx.result("open"), AccessRole.ANYONE);
            cfg.routes.get("/staff", ctx -> ctx.result("staff"), StaffOnly.STAFF);
            cfg.routes.get("/forgotten", ctx -> ctx.result("forgotten"));
        }).start(0);
        try {
            assertThat(status(app, "/open")).isEqualTo(200);
            assertThat(status(app, "/staff")).as("signed-in callers only").isEqualTo(401);
            assertThat(status(app, "/forgotten")).as("a route without roles is closed").isEqualTo(403);
        }
        finally {
            app.stop();
        }
    }

    private static int status(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
