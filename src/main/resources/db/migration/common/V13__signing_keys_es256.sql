-- Access tokens are signed with ES256 (a shorter token: see SigningKeys), ID tokens still with RS256. The column's
-- CHECK constraint was created unnamed, and H2 and PostgreSQL name it differently, so the table is recreated with a
-- named constraint rather than altered.
CREATE TABLE signing_keys_v13 (
  kid         VARCHAR(64)   NOT NULL PRIMARY KEY,
  algorithm   VARCHAR(10)   NOT NULL CONSTRAINT signing_keys_algorithm CHECK (algorithm IN ('RS256', 'ES256')),
  jwk_json    VARCHAR(8000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  retired_at  TIMESTAMP WITH TIME ZONE
);
INSERT INTO signing_keys_v13 (kid, algorithm, jwk_json, created_at, retired_at)
  SELECT kid, algorithm, jwk_json, created_at, retired_at FROM signing_keys;
DROP TABLE signing_keys;
ALTER TABLE signing_keys_v13 RENAME TO signing_keys;
