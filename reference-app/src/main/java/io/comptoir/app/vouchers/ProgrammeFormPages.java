package io.comptoir.app.vouchers;

import io.comptoir.app.web.AccessRole;
import io.comptoir.app.web.FormParams;
import io.comptoir.app.web.Page;
import io.comptoir.app.web.PageFactory;
import io.comptoir.app.web.Viewer;
import io.comptoir.app.web.backoffice.Notice;
import io.comptoir.app.web.backoffice.Problems;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.InvalidInputException;
import io.comptoir.engine.api.merchant.MerchantFilter;
import io.comptoir.engine.api.merchant.MerchantStatus;
import io.comptoir.vouchers.api.ExpiryRule;
import io.comptoir.vouchers.api.Funder;
import io.comptoir.vouchers.api.SalesChannel;
import io.comptoir.vouchers.api.SettlementPeriod;
import io.comptoir.vouchers.api.VoucherProgramme;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Creating and changing a programme ({@code /admin/bons/programmes/nouveau}, {@code .../{id}/modifier}): what it sells
 * at what price, when, until when, to whom, which shops take it and who pays the top-up. The plugin checks the rules
 * (funders and currency stay fixed once budget was granted); a refusal shows the form again with the field at fault.
 */
final class ProgrammeFormPages {
    private final VoucherAdminPages office;

    ProgrammeFormPages(VoucherAdminPages office) {
        this.office = requireNonNull(office, "office is null");
    }

    void register(RoutesConfig routes) {
        routes.get(VoucherAdminPaths.NEW_PROGRAMME, this::blank, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.NEW_PROGRAMME, this::create, AccessRole.TERRITORY_ADMIN);
        routes.get(VoucherAdminPaths.ROOT + "/programmes/{programmeId}/modifier", this::edit, AccessRole.TERRITORY_ADMIN);
        routes.post(VoucherAdminPaths.ROOT + "/programmes/{programmeId}/modifier", this::update, AccessRole.TERRITORY_ADMIN);
    }

    private void blank(Context ctx) {
        VoucherServices services = office.services();
        render(ctx, services, Optional.empty(), ProgrammeForm.blank(), Notice.none(), 200);
    }

    private void edit(Context ctx) {
        VoucherServices services = office.services();
        VoucherProgramme programme = ProgrammePages.programmeOf(ctx, services);
        render(ctx, services, Optional.of(programme), ProgrammeForm.of(programme), Notice.none(), 200);
    }

    private void create(Context ctx) {
        save(ctx, Optional.empty());
    }

    private void update(Context ctx) {
        VoucherServices services = office.services();
        save(ctx, Optional.of(ProgrammePages.programmeOf(ctx, services)));
    }

    private void save(Context ctx, Optional<VoucherProgramme> existing) {
        VoucherServices services = office.services();
        List<Funder> funders = services.programmes().funders();
        Page page = office.page(ctx);
        ProgrammeForm form = ProgrammeForm.read(new FormParams(ctx), funders);
        try {
            var draft = form.draft(funders);
            VoucherProgramme saved = existing.isPresent()
                    ? services.programmes().update(existing.get().id(), draft, Viewer.of(ctx).actor())
                    : services.programmes().create(draft, Viewer.of(ctx).actor());
            VoucherAdminPages.done(ctx, VoucherAdminPaths.programme(saved.id()), existing.isPresent() ? "saved" : "programme-created");
        }
        catch (InvalidInputException e) {
            render(ctx, services, existing, form, Optional.of(new Problems(page).of(e)), 400);
        }
        catch (ConflictException e) {
            render(ctx, services, existing, form, Optional.of(new Problems(page).of(e)), 409);
        }
    }

    private void render(Context ctx, VoucherServices services, Optional<VoucherProgramme> existing, ProgrammeForm form,
                        Optional<Notice> notice, int status) {
        VoucherFrame vf = office.frame(ctx, VoucherTab.PROGRAMMES).withNotice(notice);
        Page page = vf.page();
        List<ProgrammeFormView.Option> shops = office.marketplace().merchants()
                .find(new MerchantFilter(EnumSet.of(MerchantStatus.LIVE), Optional.empty(), Optional.empty(), false, 0, Integer.MAX_VALUE)).stream()
                .map(m -> new ProgrammeFormView.Option(Long.toString(m.id().value()), m.name(), false)).toList();
        List<ProgrammeFormView.Option> optedIn = shops.stream().map(o -> o.selected(form.optedIn.contains(Long.parseLong(o.value())))).toList();
        List<ProgrammeFormView.Option> optedOut = shops.stream().map(o -> o.selected(form.optedOut.contains(Long.parseLong(o.value())))).toList();
        List<ProgrammeFormView.Option> categories = office.marketplace().catalogue().categories().stream()
                .map(c -> new ProgrammeFormView.Option(Long.toString(c.id().value()), c.name(), form.categories.contains(c.id().value()))).toList();
        List<ProgrammeFormView.FunderField> funderFields = services.programmes().funders().stream()
                .map(f -> new ProgrammeFormView.FunderField("weight." + f.id(), "funder-" + f.id(), f.name(), form.value("weight." + f.id()))).toList();
        List<ProgrammeFormView.Option> channels = Arrays.stream(SalesChannel.values())
                .map(c -> new ProgrammeFormView.Option(c.name(), page.t("vo.channelSale." + c.name()), form.channels.contains(c.name()))).toList();
        List<ProgrammeFormView.Option> expiry = Arrays.stream(ExpiryRule.values())
                .map(r -> new ProgrammeFormView.Option(r.name(), page.t("vo.expiry." + r.name()), r.name().equals(form.value("expiryRule")))).toList();
        List<ProgrammeFormView.Option> periods = Arrays.stream(SettlementPeriod.values())
                .map(p -> new ProgrammeFormView.Option(p.name(), page.t("vo.settlement." + p.name()), p.name().equals(form.value("settlementPeriod")))).toList();
        String action = existing.map(p -> VoucherAdminPaths.editProgramme(p.id())).orElse(VoucherAdminPaths.NEW_PROGRAMME);
        String title = existing.map(p -> page.t("vo.programme.editTitle", p.name())).orElse(page.t("vo.programmes.new"));
        String back = existing.map(p -> VoucherAdminPaths.programme(p.id())).orElse(VoucherAdminPaths.PROGRAMMES);
        ctx.status(status);
        PageFactory.render(ctx, "vouchers/office/programmeForm.jte", new ProgrammeFormView(vf, title, action, back, form.values,
                form.allLiveShops, optedIn, optedOut, categories, funderFields, channels, expiry, periods));
    }
}
