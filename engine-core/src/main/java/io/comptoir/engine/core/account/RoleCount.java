package io.comptoir.engine.core.account;

public record RoleCount(String role, int count) {
}
