package dev.switchboard.web;

import org.webjars.WebJarVersionLocator;

/** Version-free names for the browser libraries served from WebJars, resolved once at start-up. */
public final class Assets {

    private static final WebJarVersionLocator locator = new WebJarVersionLocator();
    private static final String HTMX = webjar("htmx.org", "dist/htmx.min.js");
    private static final String CYTOSCAPE = webjar("cytoscape", "dist/cytoscape.min.js");
    private static final String LODASH = webjar("lodash", "lodash.min.js");
    private static final String UPLOT = webjar("uplot", "dist/uPlot.iife.min.js");
    private static final String UPLOT_CSS = webjar("uplot", "dist/uPlot.min.css");

    private Assets() {
    }

    public static String htmx() {
        return HTMX;
    }

    /** Lodash, which the vendored cytoscape-edgehandles expects as the global {@code _}. */
    public static String lodash() {
        return LODASH;
    }

    public static String cytoscape() {
        return CYTOSCAPE;
    }

    /** uPlot, the charting library of traffic runs; it defines the global {@code uPlot}. */
    public static String uplot() {
        return UPLOT;
    }

    public static String uplotCss() {
        return UPLOT_CSS;
    }

    private static String webjar(String name, String file) {
        String path = locator.path(name, file);
        if (path == null) {
            throw new IllegalStateException("WebJar file " + name + "/" + file + " is missing from the classpath");
        }
        return "/webjars/" + path;
    }
}
