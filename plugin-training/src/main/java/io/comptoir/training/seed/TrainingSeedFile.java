package io.comptoir.training.seed;

import java.util.List;

/** The JSON shape of {@code demo/training.json} of a territory's folder (see seeds/README.md). */
final class TrainingSeedFile {
    private TrainingSeedFile() {
    }

    record Root(String asOf, CharterEntry charter, MembershipEntry membership, List<PersonEntry> trainers, List<CourseEntry> courses,
                List<WorkshopEntry> workshops, List<ApplicationEntry> applications, List<ShopEntry> shops) {
    }

    record CharterEntry(String title, String body) {
    }

    record MembershipEntry(long monthlyPrice, String currency, String from, List<WaiverEntry> waivers) {
    }

    /** {@code shop} is the ref of a shop of {@code shops}, or null for every shop. */
    record WaiverEntry(String shop, String from, String until, String reason) {
    }

    record PersonEntry(String email, String name) {
    }

    record CourseEntry(String ref, String title, String summary, boolean required, List<ModuleEntry> modules) {
    }

    record ModuleEntry(String ref, String title, String summary, int minutes, List<String> prerequisites, String content, QuizEntry quiz) {
    }

    record QuizEntry(int passMark, List<QuestionEntry> questions) {
    }

    record QuestionEntry(String prompt, List<ChoiceEntry> choices) {
    }

    record ChoiceEntry(String label, boolean correct) {
    }

    /** Times are wall-clock times of the marketplace's time zone, {@code 2026-12-07T09:30}. */
    record WorkshopEntry(String ref, String module, String start, String end, String place, String commune, String onlineUrl,
                         int capacity, String trainer) {
    }

    record ApplicationEntry(String shopName, String siret, String trade, String street, String postalCode, String communeInsee,
                            String contactName, String contactEmail, String contactPhone, String message) {
    }

    /** A shop in training of merchants.json ({@code merchant} is its ref, {@code siret} finds it) and how far it got. */
    record ShopEntry(String merchant, String siret, String name, String stage, PersonEntry staff, List<String> completed,
                     boolean charter, List<String> bookings, PayoutEntry payoutAccount) {
    }

    record PayoutEntry(String holder, String iban, String bic) {
    }
}
