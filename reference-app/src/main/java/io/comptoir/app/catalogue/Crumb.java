package io.comptoir.app.catalogue;

/** One step of a breadcrumb trail; the last one is the current page. */
public record Crumb(String name, String url) {
}
