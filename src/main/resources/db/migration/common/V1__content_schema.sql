-- Content schema: the Quran text, its divisions, and the translations and tafsirs beside it.
-- One script serves H2 (PostgreSQL mode) and PostgreSQL. Constraints make bad data unrepresentable:
-- every number is range-checked against the Hafs mushaf, every reference is a foreign key.

CREATE TABLE chapters (
  id               SMALLINT     NOT NULL PRIMARY KEY CHECK (id BETWEEN 1 AND 114),
  name_arabic      VARCHAR(64)  NOT NULL,
  name_simple      VARCHAR(64)  NOT NULL,
  name_complex     VARCHAR(64)  NOT NULL,
  name_english     VARCHAR(128) NOT NULL,
  revelation_place VARCHAR(8)   NOT NULL CHECK (revelation_place IN ('makkah', 'madinah')),
  revelation_order SMALLINT     NOT NULL UNIQUE CHECK (revelation_order BETWEEN 1 AND 114),
  bismillah_pre    BOOLEAN      NOT NULL,
  verses_count     SMALLINT     NOT NULL CHECK (verses_count BETWEEN 3 AND 286),
  rukus_count      SMALLINT     NOT NULL CHECK (rukus_count BETWEEN 1 AND 40),
  first_verse_id   SMALLINT     NOT NULL UNIQUE CHECK (first_verse_id BETWEEN 1 AND 6236),
  first_page       SMALLINT     NOT NULL CHECK (first_page BETWEEN 1 AND 604),
  last_page        SMALLINT     NOT NULL CHECK (last_page BETWEEN 1 AND 604),
  CHECK (first_page <= last_page)
);

CREATE TABLE verses (
  id                 SMALLINT       NOT NULL PRIMARY KEY CHECK (id BETWEEN 1 AND 6236),
  chapter_id         SMALLINT       NOT NULL REFERENCES chapters (id),
  verse_number       SMALLINT       NOT NULL CHECK (verse_number BETWEEN 1 AND 286),
  verse_key          VARCHAR(7)     NOT NULL UNIQUE,
  juz_number         SMALLINT       NOT NULL CHECK (juz_number BETWEEN 1 AND 30),
  hizb_number        SMALLINT       NOT NULL CHECK (hizb_number BETWEEN 1 AND 60),
  rub_el_hizb_number SMALLINT       NOT NULL CHECK (rub_el_hizb_number BETWEEN 1 AND 240),
  manzil_number      SMALLINT       NOT NULL CHECK (manzil_number BETWEEN 1 AND 7),
  ruku_number        SMALLINT       NOT NULL CHECK (ruku_number BETWEEN 1 AND 556),
  page_number        SMALLINT       NOT NULL CHECK (page_number BETWEEN 1 AND 604),
  sajdah_number      SMALLINT       UNIQUE CHECK (sajdah_number BETWEEN 1 AND 15),
  -- Byte-exact Tanzil text: never normalised, never trimmed.
  text_uthmani       VARCHAR(4000)  NOT NULL CHECK (CHAR_LENGTH(text_uthmani) > 0),
  text_imlaei        VARCHAR(4000)  NOT NULL CHECK (CHAR_LENGTH(text_imlaei) > 0),
  text_imlaei_simple VARCHAR(4000)  NOT NULL CHECK (CHAR_LENGTH(text_imlaei_simple) > 0),
  -- The bismillah Tanzil attaches to the first verse of 112 chapters (not 1, not 9).
  bismillah_uthmani  VARCHAR(128),
  UNIQUE (chapter_id, verse_number),
  CHECK (bismillah_uthmani IS NULL OR verse_number = 1)
);

CREATE INDEX verses_by_page ON verses (page_number);
CREATE INDEX verses_by_juz ON verses (juz_number);

-- Words of the Uthmani text, split on U+0020. Tokens made only of pause or sajdah marks are not words.
CREATE TABLE words (
  id           INTEGER      NOT NULL PRIMARY KEY CHECK (id >= 1),
  verse_id     SMALLINT     NOT NULL REFERENCES verses (id),
  position     SMALLINT     NOT NULL CHECK (position BETWEEN 1 AND 200),
  text_uthmani VARCHAR(128) NOT NULL CHECK (CHAR_LENGTH(text_uthmani) > 0),
  UNIQUE (verse_id, position)
);

CREATE TABLE divisions (
  division_type   VARCHAR(16) NOT NULL
                  CHECK (division_type IN ('juz', 'hizb', 'rub_el_hizb', 'manzil', 'ruku', 'page')),
  division_number SMALLINT    NOT NULL CHECK (division_number >= 1),
  first_verse_id  SMALLINT    NOT NULL REFERENCES verses (id),
  last_verse_id   SMALLINT    NOT NULL REFERENCES verses (id),
  PRIMARY KEY (division_type, division_number),
  UNIQUE (division_type, first_verse_id),
  CHECK (first_verse_id <= last_verse_id),
  CHECK ((division_type = 'juz' AND division_number <= 30)
      OR (division_type = 'hizb' AND division_number <= 60)
      OR (division_type = 'rub_el_hizb' AND division_number <= 240)
      OR (division_type = 'manzil' AND division_number <= 7)
      OR (division_type = 'ruku' AND division_number <= 556)
      OR (division_type = 'page' AND division_number <= 604))
);

CREATE TABLE sajdas (
  sajdah_number SMALLINT    NOT NULL PRIMARY KEY CHECK (sajdah_number BETWEEN 1 AND 15),
  verse_id      SMALLINT    NOT NULL UNIQUE REFERENCES verses (id),
  sajdah_type   VARCHAR(12) NOT NULL CHECK (sajdah_type IN ('recommended', 'obligatory'))
);

-- Translations and tafsirs, each with its provenance and licence.
CREATE TABLE resources (
  id                  INTEGER      NOT NULL PRIMARY KEY CHECK (id > 0),
  resource_type       VARCHAR(12)  NOT NULL CHECK (resource_type IN ('translation', 'tafsir')),
  slug                VARCHAR(64)  NOT NULL UNIQUE,
  name                VARCHAR(200) NOT NULL,
  author_name         VARCHAR(200) NOT NULL,
  language_name       VARCHAR(32)  NOT NULL,
  language_iso        VARCHAR(8)   NOT NULL,
  direction           VARCHAR(3)   NOT NULL CHECK (direction IN ('ltr', 'rtl')),
  source_name         VARCHAR(200) NOT NULL,
  source_url          VARCHAR(500) NOT NULL,
  version             VARCHAR(64)  NOT NULL,
  license_id          VARCHAR(64)  NOT NULL,
  license_terms       VARCHAR(2000) NOT NULL,
  attribution         VARCHAR(2000) NOT NULL,
  commercial_use      BOOLEAN      NOT NULL,
  derivatives_allowed BOOLEAN      NOT NULL,
  source_file         VARCHAR(255) NOT NULL,
  source_sha256       CHAR(64)     NOT NULL,
  imported_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (id, resource_type)
);

CREATE TABLE translation_texts (
  resource_id   INTEGER        NOT NULL,
  resource_type VARCHAR(12)    NOT NULL DEFAULT 'translation' CHECK (resource_type = 'translation'),
  verse_id      SMALLINT       NOT NULL REFERENCES verses (id),
  text          VARCHAR(65535) NOT NULL,
  foot_notes    VARCHAR(65535),
  PRIMARY KEY (resource_id, verse_id),
  FOREIGN KEY (resource_id, resource_type) REFERENCES resources (id, resource_type) ON DELETE CASCADE
);

CREATE TABLE tafsir_texts (
  resource_id   INTEGER        NOT NULL,
  resource_type VARCHAR(12)    NOT NULL DEFAULT 'tafsir' CHECK (resource_type = 'tafsir'),
  verse_id      SMALLINT       NOT NULL REFERENCES verses (id),
  text          VARCHAR(65535) NOT NULL,
  PRIMARY KEY (resource_id, verse_id),
  FOREIGN KEY (resource_id, resource_type) REFERENCES resources (id, resource_type) ON DELETE CASCADE
);

-- What was imported, from which verified file. A unit present with the same file hash is not imported again.
CREATE TABLE data_imports (
  unit          VARCHAR(64) NOT NULL PRIMARY KEY,
  source_sha256 CHAR(64)    NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The integrity manifest: SHA-256 over each stored text in canonical order, computed at import from the verified
-- source files and recomputed from the database at runtime.
CREATE TABLE content_manifest (
  manifest_key  VARCHAR(64) NOT NULL PRIMARY KEY,
  row_count     INTEGER     NOT NULL CHECK (row_count >= 0),
  sha256        CHAR(64)    NOT NULL,
  source_file   VARCHAR(255) NOT NULL,
  source_sha256 CHAR(64)    NOT NULL,
  computed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Spring Modulith's JDBC event publication registry (the transactional outbox), schema v2.
CREATE TABLE event_publication (
  id                     UUID           NOT NULL PRIMARY KEY,
  listener_id            VARCHAR(512)   NOT NULL,
  event_type             VARCHAR(512)   NOT NULL,
  serialized_event       VARCHAR(65535) NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 VARCHAR(20),
  completion_attempts    INTEGER,
  last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
