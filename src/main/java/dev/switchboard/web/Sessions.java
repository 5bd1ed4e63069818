package dev.switchboard.web;

import dev.switchboard.RandomIds;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.util.regex.Pattern;

/**
 * A visitor's session is a random id in a cookie: it decides whose sandboxes a request may read and write. A first
 * visit, or a cookie that is not one of ours, gets a fresh id.
 */
final class Sessions {

    static final String COOKIE = "switchboard_session";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;
    private static final String ATTRIBUTE = "switchboard.session";

    private Sessions() {
    }

    static String id(Context ctx) {
        String known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        String cookie = ctx.cookie(COOKIE);
        String id = cookie != null && VALID.matcher(cookie).matches() ? cookie : startSession(ctx);
        ctx.attribute(ATTRIBUTE, id);
        return id;
    }

    /**
     * Who is asking, for limits that must not let one client take everything: the session when the request carries
     * one of ours (a browser), else the address (a script). Behind a proxy many browsers share an address, which is
     * why the session comes first.
     */
    static String owner(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        return cookie != null && VALID.matcher(cookie).matches() ? "session:" + cookie : "address:" + ctx.ip();
    }

    private static String startSession(Context ctx) {
        String id = RandomIds.next();
        ctx.cookie(new Cookie(COOKIE, id, "/", ONE_YEAR_SECONDS, false, true, null, SameSite.LAX));
        return id;
    }
}
