package io.comptoir.engine.api.territory;

import java.util.List;
import java.util.Optional;

/**
 * The territory the marketplace serves: its intercommunalities and their communes. Read by shoppers' pages
 * (commune browsing) and by plugins (a subsidy shared by population); written by the seed loader or an admin.
 */
public interface Territory {

    List<Intercommunality> intercommunalities();

    /** All communes, ordered by name. */
    List<Commune> communes();

    Optional<Commune> commune(String inseeCode);

    /** Adds or replaces an intercommunality (matched by code). */
    void saveIntercommunality(Intercommunality intercommunality);

    /** Adds or replaces a commune (matched by INSEE code); its intercommunality must exist. */
    void saveCommune(Commune commune);
}
