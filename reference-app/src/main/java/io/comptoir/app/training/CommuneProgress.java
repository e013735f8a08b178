package io.comptoir.app.training;

import io.comptoir.engine.api.merchant.Merchant;
import io.comptoir.engine.api.territory.Commune;
import io.comptoir.training.api.ShopOnboarding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Onboarding per commune, for the territory's reports: live shops, shops in training, how many of those finished the
 * required training and accepted the charter, and the required modules done out of those to do.
 */
record CommuneProgress(String communeInsee, String communeName, int live, int inTraining, int trainingDone, int charterAccepted,
                       int modulesDone, int modulesRequired) {

    /** Required modules done in percent among the commune's shops in training, rounded down; 0 when none is required. */
    int rate() {
        return modulesRequired == 0 ? 0 : modulesDone * 100 / modulesRequired;
    }

    /** Every commune that has a live shop or a shop in training, by name. */
    static List<CommuneProgress> of(Collection<Commune> communes, List<Merchant> liveShops, List<ShopOnboarding> inTraining) {
        Map<String, int[]> figures = new TreeMap<>();
        liveShops.forEach(shop -> figures.computeIfAbsent(shop.address().communeInsee(), k -> new int[6])[0]++);
        for (ShopOnboarding shop : inTraining) {
            int[] row = figures.computeIfAbsent(shop.communeInsee(), k -> new int[6]);
            row[1]++;
            if (shop.requiredModulesDone() >= shop.requiredModules()) {
                row[2]++;
            }
            if (shop.charterAccepted()) {
                row[3]++;
            }
            row[4] += shop.requiredModulesDone();
            row[5] += shop.requiredModules();
        }
        Map<String, String> names = new TreeMap<>();
        communes.forEach(commune -> names.put(commune.inseeCode(), commune.name()));
        List<CommuneProgress> rows = new ArrayList<>();
        figures.forEach((code, row) -> rows.add(new CommuneProgress(code, names.getOrDefault(code, code), row[0], row[1], row[2], row[3],
                row[4], row[5])));
        rows.sort(java.util.Comparator.comparing(CommuneProgress::communeName));
        return rows;
    }
}
