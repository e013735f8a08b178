package io.comptoir.app.territory;

import io.comptoir.app.web.Language;
import io.comptoir.engine.api.Actor;
import io.comptoir.engine.api.merchant.MerchantDirectory;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.engine.api.territory.Intercommunality;
import io.comptoir.engine.api.territory.Territory;
import io.comptoir.engine.api.territory.TerritoryContact;
import io.comptoir.engine.api.territory.TerritorySettings;
import io.comptoir.plugin.kit.SafeMarkdown;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The contact a legal page shows is the one of the moment, inserted as text: it never becomes Markdown or HTML. */
final class TerritoryContentTest {

    @Test
    void aLegalPagesPlaceholdersTakeTheContactSetAndItsTextStaysText() {
        TerritoryFolder folder = TerritoryReader.shippedDefault();
        TerritorySettings settings = TerritorySettings.NONE.withContact(new TerritoryContact(Optional.of("accueil_commerce@mairie.example"),
                Optional.empty(), Optional.of("*Maison* du [commerce](javascript:alert(1)) <b>2</b>")));
        TerritoryContent content = new TerritoryContent(folder, new FixedSettings(settings), unusedMerchants());
        LegalPage page = new LegalPage(LegalPage.Kind.LEGAL_NOTICE, java.util.Map.of(Language.FR,
                "Écrivez à {{contact.email}} ou {{ contact.phone }} ; adresse : {{contact.address}}."));

        String html = SafeMarkdown.toHtml(content.legalMarkdown(page, Language.FR));

        assertThat(html).contains("accueil_commerce@mairie.example", folder.identity().contact().phone())
                .contains("*Maison* du [commerce](javascript:alert(1)) &lt;b&gt;2&lt;/b&gt;")
                .doesNotContain("<em>", "<a ", "<b>");
    }

    private static MerchantDirectory unusedMerchants() {
        return (MerchantDirectory) Proxy.newProxyInstance(MerchantDirectory.class.getClassLoader(), new Class<?>[] {MerchantDirectory.class},
                (proxy, method, args) -> {
                    throw new AssertionError("no shop is read: " + method.getName());
                });
    }

    /** A territory whose settings are given. */
    private record FixedSettings(TerritorySettings settings) implements Territory {
        @Override
        public List<Intercommunality> intercommunalities() {
            return List.of();
        }

        @Override
        public List<Commune> communes() {
            return List.of();
        }

        @Override
        public Optional<Commune> commune(String inseeCode) {
            return Optional.empty();
        }

        @Override
        public void saveIntercommunality(Intercommunality intercommunality) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveCommune(Commune commune) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TerritorySettings saveSettings(TerritorySettings wanted, Actor actor) {
            throw new UnsupportedOperationException();
        }
    }
}
