-- Where each shop is paid.
CREATE TABLE merchant_payout (
    merchant_id BIGINT       PRIMARY KEY REFERENCES merchant (id),
    holder      VARCHAR(140) NOT NULL,
    iban        VARCHAR(34)  NOT NULL,
    bic         VARCHAR(11)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
