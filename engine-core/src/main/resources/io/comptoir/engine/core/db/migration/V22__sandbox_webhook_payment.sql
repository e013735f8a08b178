-- The sandbox bank keeps the engine's payment id each authorisation names (Authorisation.payment) and sends it back in
-- its webhooks, as Stripe sends back a PaymentIntent's metadata: a webhook that comes before the checkout has recorded
-- the bank's reference is then applied at once, instead of refused and sent again. Null for authorisations taken before.
-- Common subset of PostgreSQL 15 and H2 2.x (PostgreSQL mode).
ALTER TABLE sandbox_card_payment ADD COLUMN payment_id BIGINT;
