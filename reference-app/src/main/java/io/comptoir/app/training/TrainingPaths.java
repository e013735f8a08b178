package io.comptoir.app.training;

import io.comptoir.app.web.backoffice.BackOffice;
import io.comptoir.engine.api.merchant.MerchantId;
import io.comptoir.training.api.ModuleId;
import io.comptoir.training.api.SessionId;

/** The addresses of the training pages: the public application, a shop's onboarding and training, the trainer's screen. */
public final class TrainingPaths {
    public static final String JOIN = "/rejoindre";
    public static final String JOINED = JOIN + "/merci";
    public static final String TRAINER = "/formateur";

    private TrainingPaths() {
    }

    public static String onboarding(MerchantId shop) {
        return BackOffice.MERCHANT.at(shop.value()) + "/mise-en-ligne";
    }

    public static String courses(MerchantId shop) {
        return BackOffice.MERCHANT.at(shop.value()) + "/formation";
    }

    public static String module(MerchantId shop, ModuleId module) {
        return courses(shop) + "/modules/" + module.value();
    }

    public static String certificates(MerchantId shop) {
        return courses(shop) + "/attestations";
    }

    public static String workshops(MerchantId shop) {
        return BackOffice.MERCHANT.at(shop.value()) + "/ateliers";
    }

    public static String trainerSession(SessionId session) {
        return TRAINER + "/sessions/" + session.value();
    }
}
