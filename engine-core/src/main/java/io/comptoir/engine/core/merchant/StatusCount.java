package io.comptoir.engine.core.merchant;

/** How many merchants have a status. */
public record StatusCount(String status, int count) {
}
