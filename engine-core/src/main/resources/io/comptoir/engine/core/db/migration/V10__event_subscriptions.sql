-- Event delivery by subscription cursors over a gap-free feed, instead of one delivery row per event and listener made
-- by the publishing node (which missed the subscriptions that node did not run, and stalled behind rows no node served).

-- The feed: every committed event gets the next position, in the order events become visible. Identity ids are given
-- at insert and become visible at commit, not in order; positions are given after commit, under event_feed's row lock,
-- so a reader that has seen position n has seen every position before it.
ALTER TABLE domain_event ADD COLUMN feed_position BIGINT;
UPDATE domain_event SET feed_position = id;
CREATE UNIQUE INDEX domain_event_feed_position_idx ON domain_event (feed_position);

CREATE TABLE event_feed (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    last_position BIGINT  NOT NULL
);
INSERT INTO event_feed (id, last_position) SELECT 1, COALESCE(MAX(id), 0) FROM domain_event;

-- One row per subscription any node ever registered: where it stands in the feed, its failing event, and its lease.
CREATE TABLE event_subscription (
    subscription     VARCHAR(100) PRIMARY KEY,
    feed_position    BIGINT       NOT NULL CHECK (feed_position >= 0),
    failing_event_id BIGINT,
    attempts         INTEGER      NOT NULL CHECK (attempts >= 0),
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(2000),
    lease_owner      VARCHAR(100),
    lease_until      TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_served_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_served_by   VARCHAR(100) NOT NULL
);

-- Events a subscription set aside after its last attempt, or that an operator parked; replayed on request.
CREATE TABLE event_parked (
    subscription        VARCHAR(100)  NOT NULL REFERENCES event_subscription (subscription) ON DELETE CASCADE,
    event_id            BIGINT        NOT NULL REFERENCES domain_event (id),
    attempts            INTEGER       NOT NULL CHECK (attempts >= 0),
    last_error          VARCHAR(2000),
    parked_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    parked_by           VARCHAR(120)  NOT NULL,
    replay_requested_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (subscription, event_id)
);
CREATE INDEX event_parked_replay_idx ON event_parked (subscription, replay_requested_at);

-- The old delivery rows: each subscription continues from the end of the feed, and what it had not received yet is
-- parked with a replay requested, so it is delivered exactly as it would have been.
INSERT INTO event_subscription (subscription, feed_position, attempts, next_attempt_at, created_at, last_served_at, last_served_by)
SELECT subscription, (SELECT last_position FROM event_feed), 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'migration'
FROM event_delivery GROUP BY subscription;
INSERT INTO event_parked (subscription, event_id, attempts, last_error, parked_at, parked_by, replay_requested_at)
SELECT subscription, event_id, attempts, last_error, CURRENT_TIMESTAMP, 'migration', CURRENT_TIMESTAMP
FROM event_delivery WHERE delivered_at IS NULL;
DROP TABLE event_delivery;
