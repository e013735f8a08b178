-- Discounts and surcharges a plugin's checkout hook made to a shop's part of an order. A merchant order's total is its
-- subtotal, its delivery fee and these amounts.
CREATE TABLE merchant_order_adjustment (
    merchant_order_id BIGINT       NOT NULL REFERENCES merchant_order (id),
    position          INTEGER      NOT NULL,
    label             VARCHAR(200) NOT NULL,
    amount            BIGINT       NOT NULL CHECK (amount <> 0),
    source            VARCHAR(40)  NOT NULL,
    PRIMARY KEY (merchant_order_id, position)
);
