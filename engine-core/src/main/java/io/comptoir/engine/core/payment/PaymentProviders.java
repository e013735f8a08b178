package io.comptoir.engine.core.payment;

import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.payment.PaymentProvider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static java.util.Objects.requireNonNull;

/** The payment providers of the engine, built-in and registered by plugins, by id. */
public final class PaymentProviders {
    private final Map<String, PaymentProvider> byId = new ConcurrentHashMap<>();
    private final List<PaymentProvider> ordered = new CopyOnWriteArrayList<>();

    public synchronized void register(PaymentProvider provider) {
        requireNonNull(provider, "provider is null");
        String id = provider.id();
        if (id == null || !id.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalStateException("payment provider ids are lower case letters, digits and dashes: " + id);
        }
        if (byId.putIfAbsent(id, provider) != null) {
            throw new IllegalStateException("a payment provider " + id + " is already registered");
        }
        ordered.add(provider);
    }

    public Optional<PaymentProvider> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public PaymentProvider require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("provider_not_found", "no payment provider " + id));
    }

    public List<PaymentProvider> all() {
        return List.copyOf(ordered);
    }
}
