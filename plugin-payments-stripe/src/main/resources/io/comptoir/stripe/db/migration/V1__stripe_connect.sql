-- Stripe Connect (separate charges and transfers): the shops' connected accounts, the card tenders (one Checkout Session
-- each), each shop's part of a tender, every movement of money at Stripe with Stripe's own id, and the webhook events
-- already applied.

-- This installation's prefix for Stripe idempotency keys (Stripe remembers keys for 24 hours per Stripe account, and a
-- database recreated within that time must not reuse the keys of the one before).
CREATE TABLE stripe_install (
    id         INTEGER     PRIMARY KEY CHECK (id = 1),
    key_prefix VARCHAR(40) NOT NULL
);

-- A shop's Express account and its state as Stripe last told it (account.updated, or a refresh on the shop's return).
CREATE TABLE stripe_account (
    merchant_id       BIGINT        PRIMARY KEY,
    account_id        VARCHAR(255)  NOT NULL UNIQUE,
    details_submitted BOOLEAN       NOT NULL,
    charges_enabled   BOOLEAN       NOT NULL,
    payouts_enabled   BOOLEAN       NOT NULL,
    transfers         VARCHAR(20)   NOT NULL,
    requirements_due  VARCHAR(2000) NOT NULL,
    disabled_reason   VARCHAR(200),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A card tender of the engine (payment_id is the engine's payment id): one Checkout Session, then one PaymentIntent with
-- one charge, captured once for every shop that accepted. captured is what Stripe captured; commission_bp the
-- territory's rate when the shopper paid.
CREATE TABLE stripe_payment (
    payment_id        BIGINT        PRIMARY KEY,
    customer_order_id BIGINT        NOT NULL,
    order_number      VARCHAR(40)   NOT NULL,
    session_id        VARCHAR(255)  NOT NULL UNIQUE,
    session_url       VARCHAR(2000) NOT NULL,
    payment_intent_id VARCHAR(255)  UNIQUE,
    charge_id         VARCHAR(255),
    state             VARCHAR(20)   NOT NULL CHECK (state IN ('OPEN', 'AUTHORISED', 'CAPTURED', 'CANCELLED', 'EXPIRED')),
    amount            BIGINT        NOT NULL CHECK (amount > 0),
    currency          CHAR(3)       NOT NULL,
    captured          BIGINT        NOT NULL CHECK (captured >= 0 AND captured <= amount),
    stripe_fee        BIGINT,
    commission_bp     INTEGER       NOT NULL CHECK (commission_bp BETWEEN 0 AND 10000),
    capture_before    TIMESTAMP WITH TIME ZONE,
    decline_message   VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stripe_payment_order_idx ON stripe_payment (customer_order_id);
CREATE INDEX stripe_payment_state_idx ON stripe_payment (state);

-- One shop's share of a card tender. decision: the shop accepted (its part will be captured), or its part was released.
-- reduced: refunded before the capture, so never charged. fulfilled: the shop's order was collected, delivered or ended
-- by a refund, so its part is due to the shop. commission: what the territory keeps of what was captured and not
-- refunded, booked with the capture and each refund. transferred: paid to the shop's account (transfers minus reversals);
-- the shop is owed captured - refunded - commission. transfer_refusals counts Stripe's refusals of its transfers: the next
-- attempt needs another idempotency key, since Stripe answers a refused key's refusal again.
CREATE TABLE stripe_part (
    payment_id        BIGINT       NOT NULL REFERENCES stripe_payment (payment_id),
    merchant_id       BIGINT       NOT NULL,
    merchant_order_id BIGINT,
    amount            BIGINT       NOT NULL CHECK (amount > 0),
    decision          VARCHAR(10)  NOT NULL CHECK (decision IN ('PENDING', 'ACCEPTED', 'RELEASED')),
    reduced           BIGINT       NOT NULL CHECK (reduced >= 0),
    captured          BIGINT       NOT NULL CHECK (captured >= 0),
    refunded          BIGINT       NOT NULL CHECK (refunded >= 0),
    fulfilled         BOOLEAN      NOT NULL,
    transferred       BIGINT       NOT NULL CHECK (transferred >= 0),
    commission        BIGINT       NOT NULL CHECK (commission >= 0),
    transfer_error    VARCHAR(500),
    transfer_refusals INTEGER      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (payment_id, merchant_id),
    CHECK (reduced + captured <= amount),
    CHECK (refunded <= captured),
    CHECK (commission <= captured - refunded)
);
CREATE INDEX stripe_part_merchant_idx ON stripe_part (merchant_id, payment_id);

-- Every movement of money at Stripe, per shop: a capture (its share of the charge), a refund (or a reduction: refunded
-- before the capture, so never charged), a transfer to the shop, a
-- reversal of one. stripe_id is Stripe's id of the object (ch_, re_, tr_, trr_), the source of its balance transaction;
-- commission is the change of what the territory keeps that came with a capture or a refund. operation_key makes each
-- movement happen once, however often it is retried.
CREATE TABLE stripe_movement (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    operation_key VARCHAR(255) NOT NULL UNIQUE,
    payment_id    BIGINT       NOT NULL REFERENCES stripe_payment (payment_id),
    merchant_id   BIGINT       NOT NULL,
    kind          VARCHAR(10)  NOT NULL CHECK (kind IN ('CAPTURE', 'REFUND', 'REDUCTION', 'TRANSFER', 'REVERSAL')),
    amount        BIGINT       NOT NULL CHECK (amount > 0),
    commission    BIGINT       NOT NULL,
    stripe_id     VARCHAR(255) NOT NULL,
    transfer_id   VARCHAR(255),
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stripe_movement_merchant_idx ON stripe_movement (merchant_id, at);
CREATE INDEX stripe_movement_at_idx ON stripe_movement (at);
CREATE INDEX stripe_movement_part_idx ON stripe_movement (payment_id, merchant_id);

-- Webhook events the plugin applied itself (the engine keeps its own record of the payment events it applies).
CREATE TABLE stripe_event (
    id          VARCHAR(255) PRIMARY KEY,
    type        VARCHAR(100) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
