-- How each shop hands over orders. A shop without a row offers click & collect only.
CREATE TABLE merchant_fulfilment (
    merchant_id       BIGINT  PRIMARY KEY REFERENCES merchant (id),
    click_and_collect BOOLEAN NOT NULL,
    delivers          BOOLEAN NOT NULL,
    delivery_fee      BIGINT  NOT NULL CHECK (delivery_fee >= 0),
    free_from         BIGINT  CHECK (free_from >= 0),
    currency          CHAR(3) NOT NULL,
    CHECK (click_and_collect OR delivers)
);

CREATE TABLE merchant_delivery_commune (
    merchant_id   BIGINT     NOT NULL REFERENCES merchant (id),
    commune_insee VARCHAR(5) NOT NULL REFERENCES commune (insee_code),
    PRIMARY KEY (merchant_id, commune_insee)
);
