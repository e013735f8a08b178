-- The ways to pay (payment provider ids) a shop's staff refuse. A shop accepts every way to pay the marketplace runs but
-- these: no row, as for every shop before this migration, accepts them all, and a way to pay added later is accepted
-- until refused. A refusal of a provider that no longer runs is kept, in case it runs again.
CREATE TABLE merchant_refused_payment_method (
    merchant_id BIGINT      NOT NULL REFERENCES merchant (id),
    method      VARCHAR(40) NOT NULL,
    refused_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (merchant_id, method)
);
