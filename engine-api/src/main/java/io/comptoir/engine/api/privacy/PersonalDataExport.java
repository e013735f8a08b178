package io.comptoir.engine.api.privacy;

import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.order.CustomerOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What the marketplace holds about a person, at one instant.
 *
 * @param orders every order of the account, newest first, with its delivery addresses
 * @param sections each plugin's part, by {@link PersonalData#section()}
 */
public record PersonalDataExport(Instant exportedAt, Account account, List<CustomerOrder> orders, Map<String, List<Map<String, Object>>> sections) {
    public PersonalDataExport {
        requireNonNull(exportedAt, "exportedAt is null");
        requireNonNull(account, "account is null");
        orders = List.copyOf(requireNonNull(orders, "orders is null"));
        sections = Map.copyOf(requireNonNull(sections, "sections is null"));
    }
}
