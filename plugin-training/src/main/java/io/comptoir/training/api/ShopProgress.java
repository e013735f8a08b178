package io.comptoir.training.api;

import io.comptoir.engine.api.merchant.MerchantId;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A shop's training: each published course, and each current staff member's part. */
public record ShopProgress(MerchantId shop, List<CourseProgress> courses, List<StaffProgress> staff) {
    public ShopProgress {
        requireNonNull(shop, "shop is null");
        courses = List.copyOf(requireNonNull(courses, "courses is null"));
        staff = List.copyOf(requireNonNull(staff, "staff is null"));
    }
}
