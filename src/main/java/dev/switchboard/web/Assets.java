package dev.switchboard.web;

import org.webjars.WebJarVersionLocator;

/** Version-free names for the browser libraries served from WebJars, resolved once at start-up. */
public final class Assets {

    private static final WebJarVersionLocator locator = new WebJarVersionLocator();
    private static final String HTMX = webjar("htmx.org", "dist/htmx.min.js");

    private Assets() {
    }

    public static String htmx() {
        return HTMX;
    }

    private static String webjar(String name, String file) {
        String path = locator.path(name, file);
        if (path == null) {
            throw new IllegalStateException("WebJar file " + name + "/" + file + " is missing from the classpath");
        }
        return "/webjars/" + path;
    }
}
