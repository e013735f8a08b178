-- Wrong-code attempts and balance checks are counted by the engine's AttemptLimits service (engine-api), in the engine's
-- table shared by every limit: this plugin no longer keeps a table of its own for them. The counts are a window's worth
-- of throttling, not data worth carrying over.
DROP TABLE voucher_attempt;
