-- The authorization server's JDBC store reads the column types once per JVM (a static map) and binds every later
-- query by them: BLOB columns get byte arrays, text columns strings. PostgreSQL's columns are text; these were H2's
-- BLOBs, so a JVM that had touched an H2 database bound bytes against PostgreSQL's text ("operator does not exist:
-- text = bytea"). Text on both makes the binding the same wherever the store was first built.
-- Stored authorizations are dropped rather than converted: they are short-lived, and their holders sign in again.
DELETE FROM oauth2_authorization;
ALTER TABLE oauth2_authorization ALTER COLUMN attributes SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN authorization_code_value SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN authorization_code_metadata SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN access_token_value SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN access_token_metadata SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN oidc_id_token_value SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN oidc_id_token_metadata SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN refresh_token_value SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN refresh_token_metadata SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN user_code_value SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN user_code_metadata SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN device_code_value SET DATA TYPE CHARACTER VARYING;
ALTER TABLE oauth2_authorization ALTER COLUMN device_code_metadata SET DATA TYPE CHARACTER VARYING;
