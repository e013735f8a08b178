package io.comptoir.engine.core.plugin;

import io.comptoir.engine.api.mail.Mailer;
import io.comptoir.engine.api.search.SearchIndex;
import io.comptoir.engine.core.account.RoleCatalogue;
import io.comptoir.engine.core.event.CommitSignal;
import io.comptoir.engine.core.event.Subscriptions;
import io.comptoir.engine.core.merchant.ActivationPolicies;
import io.comptoir.engine.core.merchant.EngineOnboardingChecklist;
import io.comptoir.engine.core.order.CheckoutHooks;
import io.comptoir.engine.core.payment.PaymentProviders;
import io.comptoir.engine.core.privacy.PersonalDataSections;
import io.comptoir.engine.core.schedule.JobScheduler;

import java.util.concurrent.atomic.AtomicReference;

import static java.util.Objects.requireNonNull;

/** Where what plugins contribute goes: the engine's registries, shared by every plugin's context. */
public record PluginContributions(ServiceRegistry services, Subscriptions subscriptions, ActivationPolicies policies,
                                  EngineOnboardingChecklist checklist, PaymentProviders paymentProviders, JobScheduler jobs,
                                  CheckoutHooks checkoutHooks, CommitSignal commits, RoleCatalogue roles,
                                  AtomicReference<SearchIndex> searchIndex, AtomicReference<Mailer> mailer,
                                  PersonalDataSections personalData) {
    public PluginContributions {
        requireNonNull(services, "services is null");
        requireNonNull(subscriptions, "subscriptions is null");
        requireNonNull(policies, "policies is null");
        requireNonNull(checklist, "checklist is null");
        requireNonNull(paymentProviders, "paymentProviders is null");
        requireNonNull(jobs, "jobs is null");
        requireNonNull(roles, "roles is null");
        requireNonNull(checkoutHooks, "checkoutHooks is null");
        requireNonNull(commits, "commits is null");
        requireNonNull(searchIndex, "searchIndex is null");
        requireNonNull(mailer, "mailer is null");
        requireNonNull(personalData, "personalData is null");
    }
}
