package io.comptoir.vouchers.programme;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

public record MerchantChoiceRow(@ColumnName("merchant_id") long merchantId, boolean included) {
}
