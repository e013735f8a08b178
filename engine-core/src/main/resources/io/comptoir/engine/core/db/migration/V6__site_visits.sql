-- One row per visitor and day (Europe/Paris): the site's daily visits.
CREATE TABLE site_visit (
    visit_day    DATE        NOT NULL,
    visitor_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (visit_day, visitor_hash)
);
