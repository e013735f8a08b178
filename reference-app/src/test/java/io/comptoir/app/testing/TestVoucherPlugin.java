package io.comptoir.app.testing;

import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.engine.api.money.Money;
import io.comptoir.engine.api.payment.Authorisation;
import io.comptoir.engine.api.payment.PaymentOperation;
import io.comptoir.engine.api.payment.PaymentProvider;
import io.comptoir.engine.api.payment.ProviderResult;
import io.comptoir.engine.api.payment.TenderCapacity;
import io.comptoir.engine.api.payment.TenderRequest;
import io.comptoir.engine.api.plugin.EnginePlugin;
import io.comptoir.engine.api.plugin.PluginContext;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the vouchers plugin: a payment provider with the id {@code voucher} and the detail {@code code}, with
 * balances kept in memory, so the app's voucher extension point can be tested before the real plugin exists.
 */
public final class TestVoucherPlugin implements EnginePlugin {
    private final Map<String, Long> balances = new ConcurrentHashMap<>();

    public TestVoucherPlugin voucher(String code, long cents) {
        balances.put(code, cents);
        return this;
    }

    public long balance(String code) {
        return balances.get(code);
    }

    @Override
    public String id() {
        return "test_vouchers";
    }

    @Override
    public void initialize(PluginContext context) {
        context.registerPaymentProvider(new Provider());
    }

    private final class Provider implements PaymentProvider {
        private final Map<String, ProviderResult> answered = new ConcurrentHashMap<>();

        @Override
        public String id() {
            return "voucher";
        }

        @Override
        public String displayName() {
            return "Bon d’achat";
        }

        @Override
        public TenderCapacity capacity(TenderRequest tender, Map<MerchantId, Money> dueByMerchant) {
            String code = tender.details().getOrDefault("code", "");
            Long balance = balances.get(code);
            if (balance == null || balance == 0) {
                throw new InvalidInputException("code", "unknown_voucher", "no voucher " + code);
            }
            return new TenderCapacity(dueByMerchant.keySet(), Optional.of(Money.euros(balance)), "Bon d’achat •••• "
                    + code.substring(Math.max(0, code.length() - 4)));
        }

        @Override
        public synchronized ProviderResult authorise(Authorisation request) {
            return answered.computeIfAbsent(request.idempotencyKey(), key -> {
                String code = request.details().get("code");
                balances.merge(code, -request.amount().minorUnits(), Long::sum);
                return ProviderResult.approved(code);
            });
        }

        @Override
        public ProviderResult capture(PaymentOperation operation) {
            return ProviderResult.approved(operation.providerReference());
        }

        @Override
        public synchronized ProviderResult release(PaymentOperation operation) {
            return answered.computeIfAbsent(operation.idempotencyKey(), key -> {
                balances.merge(operation.providerReference(), operation.amount().minorUnits(), Long::sum);
                return ProviderResult.approved(operation.providerReference());
            });
        }

        @Override
        public synchronized ProviderResult refund(PaymentOperation operation) {
            return release(operation);
        }
    }
}
