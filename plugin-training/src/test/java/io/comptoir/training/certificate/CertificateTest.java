package io.comptoir.training.certificate;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.comptoir.engine.api.account.Account;
import io.comptoir.engine.api.account.AccountId;
import io.comptoir.engine.api.account.Role;
import io.comptoir.engine.api.account.RoleGrant;
import io.comptoir.engine.api.error.ConflictException;
import io.comptoir.engine.api.error.NotFoundException;
import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.testkit.EachDatabase;
import io.comptoir.engine.testkit.TestDatabase;
import io.comptoir.training.TestMarketplace;
import io.comptoir.training.api.AccessDeniedException;
import io.comptoir.training.api.Certificate;
import io.comptoir.training.api.CertificatePdf;

import java.io.IOException;
import java.time.LocalDate;

import static io.comptoir.training.TestMarketplace.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class CertificateTest {

    @EachDatabase
    void someoneWhoCompletedEveryModuleOfACourseGetsAPdfCertificateNamingThemTheShopTheCourseAndTheDate(TestDatabase db) throws IOException {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(shop, "Claire Martin");
            Account marc = market.staff(shop, "Marc Martin");
            market.learning().completeReading(starter.page().id(), shop.id(), actor(marc));
            assertThat(market.certificates().earned(shop.id(), actor(claire))).isEmpty();

            market.clock.advance(java.time.Duration.ofDays(3));
            market.completeAll(starter, shop, claire);

            assertThat(market.certificates().earned(shop.id(), actor(marc))).singleElement().satisfies(certificate -> {
                assertThat(certificate.personName()).isEqualTo("Claire Martin");
                assertThat(certificate.completedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
                assertThat(certificate.modules()).hasSize(3);
            });
            CertificatePdf pdf = market.certificates().certificate(starter.course().id(), shop.id(), claire.id(), actor(claire));
            assertThat(pdf.fileName()).isEqualTo("attestation-vendre-en-ligne-sur-la-marketplace.pdf");
            assertThat(pdf.content()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String text = new PdfTextExtractor(new PdfReader(pdf.content())).getTextFromPage(1);
            assertThat(text).contains("Attestation de formation", "Claire Martin", "Épicerie du Marché", "Vendre en ligne sur la marketplace",
                    "30 novembre 2026", "CAPSO · CCPL");

            market.engine.accounts().setLanguage(claire.id(), java.util.Locale.ENGLISH);
            String english = new PdfTextExtractor(new PdfReader(market.certificates().certificate(starter.course().id(), shop.id(), claire.id(),
                    actor(claire)).content())).getTextFromPage(1);
            assertThat(english).as("in the language Claire chose").contains("Training certificate", "We certify that", "Claire Martin",
                    "Course completed on 30 November 2026", "THE TERRITORY'S MARKETPLACE — CAPSO · CCPL").doesNotContain("Attestation", "TERRITOIRE");

            // Marc did one module only: he gets no certificate, though the shop completed the course.
            assertThatThrownBy(() -> market.certificates().certificate(starter.course().id(), shop.id(), marc.id(), actor(marc)))
                    .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("course_not_completed"));
            Merchant other = market.onboardingShop("Fromagerie Bocquet");
            Account paul = market.staff(other, "Paul Bocquet");
            assertThatThrownBy(() -> market.certificates().certificate(starter.course().id(), shop.id(), claire.id(), actor(paul)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> market.certificates().earned(shop.id(), actor(paul))).isInstanceOf(AccessDeniedException.class);
            // Claire's completions were for her shop: she is none of the other shop's people.
            assertThatThrownBy(() -> market.certificates().certificate(starter.course().id(), other.id(), claire.id(), market.adminActor()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @EachDatabase
    void aCertificateIsAskedOfOneOfTheShopsPeople(TestDatabase db) {
        try (TestMarketplace market = TestMarketplace.start(db)) {
            TestMarketplace.Starter starter = market.starterCourse();
            Merchant shop = market.onboardingShop("Épicerie du Marché");
            Account claire = market.staff(shop, "Claire Martin");
            Merchant other = market.onboardingShop("Fromagerie Bocquet");
            Account paul = market.staff(other, "Paul Bocquet");
            market.completeAll(starter, shop, claire);

            assertThatThrownBy(() -> market.certificates().certificate(starter.course().id(), shop.id(), new AccountId(999_999), actor(claire)))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("account_not_found"));
            assertThatThrownBy(() -> market.certificates().certificate(starter.course().id(), shop.id(), paul.id(), actor(claire)))
                    .as("someone of another shop").isInstanceOf(AccessDeniedException.class);

            // who leaves the shop keeps what they earned there, as the shop's list of certificates shows
            market.engine.accounts().revoke(claire.id(), RoleGrant.of(Role.MERCHANT_STAFF, shop.id().value()), market.adminActor());
            Account marc = market.staff(shop, "Marc Martin");
            assertThat(market.certificates().earned(shop.id(), actor(marc))).extracting(Certificate::personName).containsExactly("Claire Martin");
            assertThat(market.certificates().certificate(starter.course().id(), shop.id(), claire.id(), actor(marc)).content()).isNotEmpty();
        }
    }
}
