package io.comptoir.vouchers.api;

import io.comptoir.engine.api.account.AccountId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who is typing a voucher code, for the rate limits: the signed-in account, if any, and the client (its IP address, as
 * the web layer sees it; may be empty). Each is limited on its own.
 */
public record Requester(Optional<AccountId> account, String client) {
    public Requester {
        requireNonNull(account, "account is null");
        requireNonNull(client, "client is null");
    }

    public static Requester client(String client) {
        return new Requester(Optional.empty(), client);
    }

    public static Requester of(AccountId account, String client) {
        return new Requester(Optional.of(account), client);
    }

    /** The subjects the limits count: {@code ip:<client>}, {@code account:<id>}. */
    public List<String> subjects() {
        List<String> subjects = new ArrayList<>(2);
        String trimmed = client.strip();
        if (!trimmed.isEmpty()) {
            subjects.add("ip:" + (trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed));
        }
        account.ifPresent(id -> subjects.add("account:" + id.value()));
        return subjects;
    }
}
