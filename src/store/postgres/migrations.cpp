#include "store/postgres/migrations.h"

#include <array>
#include <cstdint>
#include <string>

namespace stip::store::postgres {

namespace {

using domain::Code;
using domain::Fail;

// Version 1: the same tables as the SQLite engine (src/store/sqlite/migrations.cpp), in
// PostgreSQL types. Differences, each on purpose:
// - every TEXT column is COLLATE "C": comparisons and ORDER BY go by bytes, as in SQLite,
//   whatever the server's default locale is;
// - flags are BOOLEAN, numbers BIGINT (times are milliseconds);
// - payload is TEXT holding the canonical JSON verbatim, not jsonb: the hash is over exact bytes;
// - global_head is new: one row holding the global chain's head, locked FOR UPDATE by every
//   Commit. It is the one serialisation point of the global chain across Stip processes;
// - access_heads is new: the head of each family's access log, like `chains` for the ledger.
//   Its rows are what concurrent writers lock (in family order, all of a batch's at once).
//
// Ledger tables (events, global_chain, access_log) are the truth and are never updated or
// deleted by the store. `chains` caches each chain's head for the optimistic append check and is
// the row a writer locks. Projection tables are folded from events and can be rebuilt at any
// time, so nothing outside them may reference them by foreign key (Rebuild empties them).
constexpr Sql kV1 = R"sql(
CREATE TABLE events (
  chain     TEXT COLLATE "C" NOT NULL,
  seq       BIGINT           NOT NULL CHECK (seq >= 1),
  type      TEXT COLLATE "C" NOT NULL,
  actor     TEXT COLLATE "C" NOT NULL,
  time      BIGINT           NOT NULL,
  payload   TEXT COLLATE "C" NOT NULL,  -- canonical JSON of the payload, stored verbatim
  prev_hash TEXT COLLATE "C" NOT NULL,
  hash      TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (chain, seq)
);

CREATE TABLE chains (
  chain     TEXT COLLATE "C" PRIMARY KEY,
  head_seq  BIGINT           NOT NULL,
  head_hash TEXT COLLATE "C" NOT NULL
);

CREATE TABLE global_chain (
  seq        BIGINT           PRIMARY KEY,
  chain      TEXT COLLATE "C" NOT NULL,
  chain_seq  BIGINT           NOT NULL,
  chain_hash TEXT COLLATE "C" NOT NULL,
  prev_hash  TEXT COLLATE "C" NOT NULL,
  hash       TEXT COLLATE "C" NOT NULL
);

CREATE TABLE global_head (
  singleton BOOLEAN          PRIMARY KEY DEFAULT true CHECK (singleton),
  seq       BIGINT           NOT NULL,
  hash      TEXT COLLATE "C" NOT NULL
);
INSERT INTO global_head (seq, hash)
  VALUES (0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE access_log (
  family_id TEXT COLLATE "C" NOT NULL,
  seq       BIGINT           NOT NULL CHECK (seq >= 1),
  time      BIGINT           NOT NULL,
  user_id   TEXT COLLATE "C" NOT NULL,
  role      TEXT COLLATE "C" NOT NULL,
  what      TEXT COLLATE "C" NOT NULL,
  purpose   TEXT COLLATE "C" NOT NULL,
  emergency BOOLEAN          NOT NULL,
  prev_hash TEXT COLLATE "C" NOT NULL,
  hash      TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, seq)
);

CREATE TABLE access_heads (
  family_id TEXT COLLATE "C" PRIMARY KEY,
  seq       BIGINT           NOT NULL,
  hash      TEXT COLLATE "C" NOT NULL
);

-- Projections of the system chain.
CREATE TABLE organisations (
  id         TEXT COLLATE "C" PRIMARY KEY,
  name       TEXT COLLATE "C" NOT NULL,
  created_at BIGINT           NOT NULL
);

CREATE TABLE teams (
  id              TEXT COLLATE "C" PRIMARY KEY,
  organisation_id TEXT COLLATE "C" NOT NULL REFERENCES organisations (id),
  name            TEXT COLLATE "C" NOT NULL,
  kind            TEXT COLLATE "C" NOT NULL,
  phone           TEXT COLLATE "C" NOT NULL,
  email           TEXT COLLATE "C" NOT NULL
);

CREATE TABLE users (
  id              TEXT COLLATE "C" PRIMARY KEY,
  username        TEXT COLLATE "C" NOT NULL UNIQUE,
  display_name    TEXT COLLATE "C" NOT NULL,
  team_id         TEXT COLLATE "C" NOT NULL,  -- '' for an administrator outside any team
  admin           BOOLEAN          NOT NULL,
  phone           TEXT COLLATE "C" NOT NULL,
  email           TEXT COLLATE "C" NOT NULL,
  password_set_at BIGINT
);

CREATE TABLE tokens (
  id           TEXT COLLATE "C" PRIMARY KEY,
  user_id      TEXT COLLATE "C" NOT NULL REFERENCES users (id),
  name         TEXT COLLATE "C" NOT NULL,
  token_sha256 TEXT COLLATE "C" NOT NULL UNIQUE,
  issued_at    BIGINT           NOT NULL,
  revoked      BOOLEAN          NOT NULL
);
CREATE INDEX tokens_by_user ON tokens (user_id);

-- Projections of the family chains.
CREATE TABLE families (
  id          TEXT COLLATE "C" PRIMARY KEY,
  name        TEXT COLLATE "C" NOT NULL,
  created_at  BIGINT           NOT NULL,
  updated_at  BIGINT           NOT NULL,  -- time of the family's last event
  entry_count BIGINT           NOT NULL
);

CREATE TABLE members (
  family_id  TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  id         TEXT COLLATE "C" NOT NULL,
  seq        BIGINT           NOT NULL,  -- ledger position of member.added: the display order
  name       TEXT COLLATE "C" NOT NULL,
  role       TEXT COLLATE "C" NOT NULL,
  birth_date TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, id)
);

CREATE TABLE custody (
  family_id   TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  parent_id   TEXT COLLATE "C" NOT NULL,
  child_id    TEXT COLLATE "C" NOT NULL,
  has_custody BOOLEAN          NOT NULL,
  seq         BIGINT           NOT NULL,  -- ledger position of the first custody.set for the pair
  PRIMARY KEY (family_id, parent_id, child_id),
  FOREIGN KEY (family_id, parent_id) REFERENCES members (family_id, id),
  FOREIGN KEY (family_id, child_id) REFERENCES members (family_id, id)
);

CREATE TABLE involvements (
  family_id  TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  seq        BIGINT           NOT NULL,  -- ledger position of involvement.started
  user_id    TEXT COLLATE "C" NOT NULL,
  role       TEXT COLLATE "C" NOT NULL,
  started_at BIGINT           NOT NULL,
  ended_at   BIGINT,
  reason     TEXT COLLATE "C" NOT NULL,
  end_reason TEXT COLLATE "C",
  PRIMARY KEY (family_id, seq)
);
CREATE INDEX involvements_by_user ON involvements (user_id, ended_at);
-- One fixed face per role at a time is a domain rule enforced by the app; the store only
-- guarantees a professional is not involved twice at once in the same file.
CREATE UNIQUE INDEX involvements_active ON involvements (family_id, user_id)
  WHERE ended_at IS NULL;

CREATE TABLE entries (
  family_id  TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  seq        BIGINT           NOT NULL,
  id         TEXT COLLATE "C" NOT NULL UNIQUE,
  kind       TEXT COLLATE "C" NOT NULL,
  source     TEXT COLLATE "C" NOT NULL,
  text       TEXT COLLATE "C" NOT NULL,
  author_id  TEXT COLLATE "C" NOT NULL,
  created_at BIGINT           NOT NULL,
  PRIMARY KEY (family_id, seq)
);

-- Operational state: not part of the file, not in the ledger, never rebuilt.
CREATE TABLE credentials (
  user_id  TEXT COLLATE "C" PRIMARY KEY,
  argon2id TEXT COLLATE "C" NOT NULL
);

CREATE TABLE sessions (
  token_sha256 TEXT COLLATE "C" PRIMARY KEY,
  user_id      TEXT COLLATE "C" NOT NULL,
  csrf         TEXT COLLATE "C" NOT NULL,
  created_at   BIGINT           NOT NULL,
  expires_at   BIGINT           NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
  username TEXT COLLATE "C" PRIMARY KEY,
  count    BIGINT           NOT NULL,
  last_at  BIGINT           NOT NULL
);
)sql";

// Version 2 (issue 3): family accounts and consents (projections), one-time login codes
// (operational state). Same tables as SQLite's version 2.
constexpr Sql kV2 = R"sql(
CREATE TABLE accounts (
  id           TEXT COLLATE "C" PRIMARY KEY,
  family_id    TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  member_id    TEXT COLLATE "C" NOT NULL,
  contact      TEXT COLLATE "C" NOT NULL,
  invited_at   BIGINT           NOT NULL,
  activated_at BIGINT,
  revoked      BOOLEAN          NOT NULL,
  seq          BIGINT           NOT NULL,
  FOREIGN KEY (family_id, member_id) REFERENCES members (family_id, id)
);
CREATE INDEX accounts_by_family ON accounts (family_id, seq);
CREATE UNIQUE INDEX accounts_live_contact ON accounts (contact) WHERE NOT revoked;

CREATE TABLE consents (
  id              TEXT COLLATE "C" PRIMARY KEY,
  family_id       TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  young_person_id TEXT COLLATE "C" NOT NULL,
  member_id       TEXT COLLATE "C" NOT NULL,
  given_on        TEXT COLLATE "C" NOT NULL,
  valid_until     TEXT COLLATE "C",
  ended_at        BIGINT,
  seq             BIGINT           NOT NULL
);
CREATE INDEX consents_by_family ON consents (family_id, seq);

CREATE TABLE login_codes (
  id          TEXT COLLATE "C" PRIMARY KEY,
  account_id  TEXT COLLATE "C" NOT NULL,
  code_sha256 TEXT COLLATE "C" NOT NULL,
  created_at  BIGINT           NOT NULL,
  expires_at  BIGINT           NOT NULL,
  failures    BIGINT           NOT NULL,
  used_at     BIGINT
);
CREATE INDEX login_codes_by_account ON login_codes (account_id, created_at);
)sql";

// Version 3 (issue 3): the same as SQLite's version 3 (whom an entry concerns and its
// corrections; withholdings, reactions with correction requests, objections).
constexpr Sql kV3 = R"sql(
ALTER TABLE entries ADD COLUMN concerns        TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE entries ADD COLUMN confidential_of TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE entries ADD COLUMN corrects        TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE entries ADD COLUMN corrected_by    TEXT COLLATE "C" NOT NULL DEFAULT '';

CREATE TABLE withholdings (
  family_id   TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  id          TEXT COLLATE "C" NOT NULL,
  seq         BIGINT           NOT NULL,
  entry_id    TEXT COLLATE "C" NOT NULL,
  member_id   TEXT COLLATE "C" NOT NULL,
  ground      TEXT COLLATE "C" NOT NULL,
  reason      TEXT COLLATE "C" NOT NULL,
  decided_by  TEXT COLLATE "C" NOT NULL,
  decided_at  BIGINT           NOT NULL,
  review_date TEXT COLLATE "C" NOT NULL,
  lifted      BOOLEAN          NOT NULL,
  PRIMARY KEY (family_id, id)
);

CREATE TABLE reactions (
  family_id           TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  id                  TEXT COLLATE "C" NOT NULL,
  seq                 BIGINT           NOT NULL,
  entry_id            TEXT COLLATE "C" NOT NULL,
  entry_seq           BIGINT           NOT NULL,
  member_id           TEXT COLLATE "C" NOT NULL,
  account_id          TEXT COLLATE "C" NOT NULL,
  kind                TEXT COLLATE "C" NOT NULL,
  text                TEXT COLLATE "C" NOT NULL,
  created_at          BIGINT           NOT NULL,
  deadline            TEXT COLLATE "C" NOT NULL,
  status              TEXT COLLATE "C" NOT NULL,
  answer              TEXT COLLATE "C" NOT NULL,
  answered_by         TEXT COLLATE "C" NOT NULL,
  answered_at         BIGINT           NOT NULL,
  correction_entry_id TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE INDEX reactions_by_entry ON reactions (family_id, entry_seq, seq);

CREATE TABLE objections (
  family_id      TEXT COLLATE "C" NOT NULL REFERENCES families (id),
  id             TEXT COLLATE "C" NOT NULL,
  seq            BIGINT           NOT NULL,
  withholding_id TEXT COLLATE "C" NOT NULL,
  member_id      TEXT COLLATE "C" NOT NULL,
  text           TEXT COLLATE "C" NOT NULL,
  filed_at       BIGINT           NOT NULL,
  status         TEXT COLLATE "C" NOT NULL,
  answer         TEXT COLLATE "C" NOT NULL,
  answered_by    TEXT COLLATE "C" NOT NULL,
  answered_at    BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id)
);
)sql";

// Version 4 (issue 13): requests counted per key in a fixed window (operational state). Same
// table as SQLite's version 4.
constexpr Sql kV4 = R"sql(
CREATE TABLE request_counts (
  key          TEXT COLLATE "C" PRIMARY KEY,
  count        BIGINT           NOT NULL,
  window_start BIGINT           NOT NULL
);
)sql";

// Version 5 (issue 10): the household and the professionals change after the file is open.
constexpr Sql kV5 = R"sql(
ALTER TABLE members ADD COLUMN left_on TEXT COLLATE "C";
ALTER TABLE members ADD COLUMN left_reason TEXT COLLATE "C";
ALTER TABLE custody ADD COLUMN ruling_date TEXT COLLATE "C";
ALTER TABLE custody ADD COLUMN reason TEXT COLLATE "C";

CREATE TABLE household_changes (
  family_id TEXT COLLATE "C" NOT NULL,
  seq       BIGINT           NOT NULL,
  changed_at BIGINT          NOT NULL,
  actor     TEXT COLLATE "C" NOT NULL,
  kind      TEXT COLLATE "C" NOT NULL,
  subject   TEXT COLLATE "C" NOT NULL,
  other_id  TEXT COLLATE "C" NOT NULL,
  on_date   TEXT COLLATE "C" NOT NULL,
  flag      BOOLEAN          NOT NULL,
  reason    TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, seq)
);
)sql";

// Version 6 (issue 14): the same as SQLite's version 6 (token expiry, disabled accounts, a
// user's sessions).
constexpr Sql kV6 = R"sql(
ALTER TABLE tokens ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
UPDATE tokens SET expires_at = issued_at + 7776000000;
ALTER TABLE users ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE users ADD COLUMN disabled_reason TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX sessions_by_user ON sessions (user_id);
)sql";
// Version 7 (issue 13): the same as SQLite's version 7 (a withholding for several members or
// the whole household, and the reason for narrowing a third party's protection).
constexpr Sql kV7 = R"sql(
ALTER TABLE withholdings ADD COLUMN whole_household  BOOLEAN          NOT NULL DEFAULT FALSE;
ALTER TABLE withholdings ADD COLUMN narrowing_reason TEXT COLLATE "C" NOT NULL DEFAULT '';
)sql";

// Version 8 (issue 10 items 7 and 8): the same as SQLite's version 8 (team leads, who wants
// which mail, when each digest last went out).
constexpr Sql kV8 = R"sql(
CREATE TABLE team_leads (
  team_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  user_id TEXT COLLATE "C" NOT NULL,
  set_at  BIGINT           NOT NULL
);
CREATE TABLE digest_settings (
  user_id   TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  frequency TEXT COLLATE "C" NOT NULL
);
CREATE TABLE account_mail (
  account_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  family_id  TEXT COLLATE "C" NOT NULL,
  enabled    BOOLEAN          NOT NULL
);
CREATE INDEX account_mail_by_family ON account_mail (family_id);
CREATE TABLE digest_sent (
  user_id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  sent_at BIGINT           NOT NULL
);
)sql";

// Version 8 (issue 10): the same as SQLite's version 9 (network members and what is shared).
constexpr Sql kV9 = R"sql(
CREATE TABLE network_members (
  id           TEXT COLLATE "C" PRIMARY KEY,
  family_id    TEXT COLLATE "C" NOT NULL,
  account_id   TEXT COLLATE "C" NOT NULL UNIQUE,
  name         TEXT COLLATE "C" NOT NULL,
  relation     TEXT COLLATE "C" NOT NULL,
  contact      TEXT COLLATE "C" NOT NULL,
  invited_by   TEXT COLLATE "C" NOT NULL,
  invited_at   BIGINT           NOT NULL,
  activated_at BIGINT,
  seq          BIGINT           NOT NULL
);
CREATE INDEX network_members_by_family ON network_members (family_id, seq);
CREATE UNIQUE INDEX network_members_contact ON network_members (contact);

CREATE TABLE network_consents (
  id                TEXT COLLATE "C" PRIMARY KEY,
  family_id         TEXT COLLATE "C" NOT NULL,
  network_member_id TEXT COLLATE "C" NOT NULL,
  given_by          TEXT COLLATE "C" NOT NULL,
  ground            TEXT COLLATE "C" NOT NULL,
  items             TEXT COLLATE "C" NOT NULL,
  given_on          TEXT COLLATE "C" NOT NULL,
  valid_until       TEXT COLLATE "C" NOT NULL,
  given_at          BIGINT           NOT NULL,
  changed_at        BIGINT           NOT NULL,
  ended_at          BIGINT,
  seq               BIGINT           NOT NULL
);
CREATE INDEX network_consents_by_family ON network_consents (family_id, seq);
)sql";

// Version 10 (issue 10): the same as SQLite's version 10 (handovers of the fixed face).
constexpr Sql kV10 = R"sql(
CREATE TABLE handovers (
  family_id    TEXT COLLATE "C" NOT NULL,
  id           TEXT COLLATE "C" NOT NULL,
  seq          BIGINT           NOT NULL,
  from_user    TEXT COLLATE "C" NOT NULL,
  to_user      TEXT COLLATE "C" NOT NULL,
  reason       TEXT COLLATE "C" NOT NULL,
  words        TEXT COLLATE "C" NOT NULL,
  warm         BOOLEAN          NOT NULL,
  meeting_date TEXT COLLATE "C" NOT NULL,
  status       TEXT COLLATE "C" NOT NULL,
  proposed_at  BIGINT           NOT NULL,
  decided_at   BIGINT           NOT NULL,
  decided_by   TEXT COLLATE "C" NOT NULL,
  answer       TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE INDEX handovers_to_user ON handovers (to_user, status);
)sql";

// Version 11: the same as SQLite's version 11 (members' mails about something new, waiting;
// network members without a login).
constexpr Sql kV11 = R"sql(
CREATE TABLE entry_mail_pending (
  account_id TEXT COLLATE "C" NOT NULL,
  entry_id   TEXT COLLATE "C" NOT NULL,
  family_id  TEXT COLLATE "C" NOT NULL,
  due_at     BIGINT           NOT NULL,
  PRIMARY KEY (account_id, entry_id)
);
CREATE INDEX entry_mail_pending_due ON entry_mail_pending (due_at);
-- A network member invited with an address that has an account already has no login ('').
DROP INDEX network_members_contact;
CREATE UNIQUE INDEX network_members_contact ON network_members (contact) WHERE contact <> '';
)sql";

// Version 12 (issue 11): the same as SQLite's version 12 (the safety map).
constexpr Sql kV12 = R"sql(
CREATE TABLE safety_rounds (
  family_id TEXT COLLATE "C" NOT NULL,
  round     INTEGER          NOT NULL,
  seq       BIGINT           NOT NULL,
  opened_at BIGINT           NOT NULL,
  opened_by TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, round)
);
CREATE TABLE safety_items (
  family_id          TEXT COLLATE "C" NOT NULL,
  id                 TEXT COLLATE "C" NOT NULL,
  seq                BIGINT           NOT NULL,
  kind               TEXT COLLATE "C" NOT NULL,
  danger_id          TEXT COLLATE "C" NOT NULL,
  member_id          TEXT COLLATE "C" NOT NULL,
  who_worried        TEXT COLLATE "C" NOT NULL,
  worry              TEXT COLLATE "C" NOT NULL,
  if_nothing_changes TEXT COLLATE "C" NOT NULL,
  words              TEXT COLLATE "C" NOT NULL,
  added_by           TEXT COLLATE "C" NOT NULL,
  added_at           BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE INDEX safety_items_by_family ON safety_items (family_id, seq);
CREATE TABLE safety_answers (
  family_id      TEXT COLLATE "C" NOT NULL,
  id             TEXT COLLATE "C" NOT NULL,
  seq            BIGINT           NOT NULL,
  danger_id      TEXT COLLATE "C" NOT NULL,
  round          INTEGER          NOT NULL,
  participant    TEXT COLLATE "C" NOT NULL,
  participant_id TEXT COLLATE "C" NOT NULL,
  score          INTEGER          NOT NULL,
  words          TEXT COLLATE "C" NOT NULL,
  scale_0        TEXT COLLATE "C" NOT NULL,
  scale_10       TEXT COLLATE "C" NOT NULL,
  recorded       BOOLEAN          NOT NULL,
  given_by       TEXT COLLATE "C" NOT NULL,
  given_at       BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id),
  UNIQUE (family_id, danger_id, round, participant_id)
);
CREATE INDEX safety_answers_by_family ON safety_answers (family_id, seq);
)sql";

// Version 13 (issue 10 item 4): the same as SQLite's version 13 (emergency access).
constexpr Sql kV13 = R"sql(
CREATE TABLE emergency_access (
  id           TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  family_id    TEXT COLLATE "C" NOT NULL,
  seq          BIGINT           NOT NULL,
  user_id      TEXT COLLATE "C" NOT NULL,
  team_id      TEXT COLLATE "C" NOT NULL,
  reason       TEXT COLLATE "C" NOT NULL,
  opened_at    BIGINT           NOT NULL,
  until_at     BIGINT           NOT NULL,
  ended_at     BIGINT,
  outcome      TEXT COLLATE "C" NOT NULL,
  review_words TEXT COLLATE "C" NOT NULL,
  reviewed_by  TEXT COLLATE "C" NOT NULL,
  reviewed_at  BIGINT           NOT NULL
);
CREATE INDEX emergency_access_by_family ON emergency_access (family_id, seq);
CREATE INDEX emergency_access_by_user ON emergency_access (user_id, opened_at);
CREATE INDEX emergency_access_by_outcome ON emergency_access (outcome, opened_at);
)sql";

// Version 14: the same as SQLite's version 14 (signals and the installation's keys).
constexpr Sql kV14 = R"sql(
CREATE TABLE signals (
  family_id    TEXT COLLATE "C" NOT NULL,
  seq          BIGINT           NOT NULL,
  member_id    TEXT COLLATE "C" NOT NULL,
  key_hash     TEXT COLLATE "C" NOT NULL,
  signalled_at BIGINT           NOT NULL,
  PRIMARY KEY (family_id, seq)
);
CREATE INDEX signals_by_hash ON signals (key_hash);
CREATE TABLE installation_keys (
  name  TEXT COLLATE "C" PRIMARY KEY,
  value TEXT COLLATE "C" NOT NULL
);
)sql";

// Version 15: the same as SQLite's version 15 (known_checks and join_requests).
constexpr Sql kV15 = R"sql(
CREATE TABLE known_checks (
  id         TEXT COLLATE "C" NOT NULL,
  family_id  TEXT COLLATE "C" NOT NULL,
  user_id    TEXT COLLATE "C" NOT NULL,
  checked_at BIGINT           NOT NULL,
  PRIMARY KEY (id, family_id)
);
CREATE TABLE join_requests (
  family_id  TEXT COLLATE "C" NOT NULL,
  id         TEXT COLLATE "C" NOT NULL,
  seq        BIGINT           NOT NULL,
  user_id    TEXT COLLATE "C" NOT NULL,
  check_id   TEXT COLLATE "C" NOT NULL,
  role       TEXT COLLATE "C" NOT NULL,
  message    TEXT COLLATE "C" NOT NULL,
  status     TEXT COLLATE "C" NOT NULL,
  asked_at   BIGINT           NOT NULL,
  decided_at BIGINT           NOT NULL,
  decided_by TEXT COLLATE "C" NOT NULL,
  answer     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE INDEX join_requests_by_user ON join_requests (user_id, status);
)sql";

// Version 16 (issue 11 item 2): the same as SQLite's version 16 (the family's own plan first).
constexpr Sql kV16 = R"sql(
CREATE TABLE plan_offers (
  family_id    TEXT COLLATE "C" NOT NULL PRIMARY KEY,
  seq          BIGINT           NOT NULL,
  offered_on   TEXT COLLATE "C" NOT NULL,
  words        TEXT COLLATE "C" NOT NULL,
  offered_by   TEXT COLLATE "C" NOT NULL,
  offered_at   BIGINT           NOT NULL,
  outcome      TEXT COLLATE "C" NOT NULL,
  answered_seq BIGINT           NOT NULL,
  decided_on   TEXT COLLATE "C" NOT NULL,
  expected_by  TEXT COLLATE "C" NOT NULL,
  ground       TEXT COLLATE "C" NOT NULL,
  reason       TEXT COLLATE "C" NOT NULL,
  answered_by  TEXT COLLATE "C" NOT NULL,
  answered_at  BIGINT           NOT NULL
);
CREATE TABLE plan_versions (
  family_id      TEXT COLLATE "C" NOT NULL,
  version        INTEGER          NOT NULL,
  seq            BIGINT           NOT NULL,
  kind           TEXT COLLATE "C" NOT NULL,
  evaluation_on  TEXT COLLATE "C" NOT NULL,
  if_not_working TEXT COLLATE "C" NOT NULL,
  member_id      TEXT COLLATE "C" NOT NULL,
  written_by     TEXT COLLATE "C" NOT NULL,
  written_at     BIGINT           NOT NULL,
  PRIMARY KEY (family_id, version)
);
CREATE TABLE plan_lines (
  family_id  TEXT COLLATE "C" NOT NULL,
  version    INTEGER          NOT NULL,
  field      TEXT COLLATE "C" NOT NULL,
  pos        INTEGER          NOT NULL,
  words      TEXT COLLATE "C" NOT NULL,
  owner_kind TEXT COLLATE "C" NOT NULL,
  owner      TEXT COLLATE "C" NOT NULL,
  due_on     TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (family_id, version, field, pos)
);
CREATE TABLE plan_conditions (
  family_id TEXT COLLATE "C" NOT NULL,
  seq       BIGINT           NOT NULL,
  pos       INTEGER          NOT NULL,
  words     TEXT COLLATE "C" NOT NULL,
  set_by    TEXT COLLATE "C" NOT NULL,
  set_at    BIGINT           NOT NULL,
  PRIMARY KEY (family_id, seq, pos)
);
CREATE TABLE plan_comments (
  family_id TEXT COLLATE "C" NOT NULL,
  id        TEXT COLLATE "C" NOT NULL,
  seq       BIGINT           NOT NULL,
  version   INTEGER          NOT NULL,
  words     TEXT COLLATE "C" NOT NULL,
  added_by  TEXT COLLATE "C" NOT NULL,
  added_at  BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id)
);
)sql";

// Version 17 (issue 11 items 3 and 4): the same as SQLite's version 17 (meetings, feedback).
constexpr Sql kV17 = R"sql(
CREATE TABLE meetings (
  family_id             TEXT COLLATE "C"    NOT NULL,
  id                    TEXT COLLATE "C"    NOT NULL,
  seq                   BIGINT NOT NULL,
  meeting_date          TEXT COLLATE "C"    NOT NULL,
  meeting_time          TEXT COLLATE "C"    NOT NULL,
  place                 TEXT COLLATE "C"    NOT NULL,
  team_id               TEXT COLLATE "C"    NOT NULL,
  members               TEXT COLLATE "C"    NOT NULL,
  professionals         TEXT COLLATE "C"    NOT NULL,
  network               TEXT COLLATE "C"    NOT NULL,
  planned_by            TEXT COLLATE "C"    NOT NULL,
  planned_at            BIGINT NOT NULL,
  held_seq              BIGINT NOT NULL DEFAULT 0,
  recorded_by           TEXT COLLATE "C"    NOT NULL DEFAULT '',
  recorded_at           BIGINT NOT NULL DEFAULT 0,
  present_members       TEXT COLLATE "C"    NOT NULL DEFAULT '',
  present_professionals TEXT COLLATE "C"    NOT NULL DEFAULT '',
  present_network       TEXT COLLATE "C"    NOT NULL DEFAULT '',
  summary_entry_id      TEXT COLLATE "C"    NOT NULL DEFAULT '',
  next_date             TEXT COLLATE "C"    NOT NULL DEFAULT '',
  PRIMARY KEY (family_id, id)
);
CREATE TABLE meeting_items (
  family_id  TEXT COLLATE "C"    NOT NULL,
  id         TEXT COLLATE "C"    NOT NULL,
  seq        BIGINT NOT NULL,
  meeting_id TEXT COLLATE "C"    NOT NULL,
  kind       TEXT COLLATE "C"    NOT NULL,
  member_id  TEXT COLLATE "C"    NOT NULL,
  how        TEXT COLLATE "C"    NOT NULL,
  words      TEXT COLLATE "C"    NOT NULL,
  added_by   TEXT COLLATE "C"    NOT NULL,
  added_at   BIGINT NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE TABLE meeting_feedback (
  family_id     TEXT COLLATE "C"    NOT NULL,
  id            TEXT COLLATE "C"    NOT NULL,
  seq           BIGINT NOT NULL,
  meeting_id    TEXT COLLATE "C"    NOT NULL,
  member_id     TEXT COLLATE "C"    NOT NULL,
  team_id       TEXT COLLATE "C"    NOT NULL,
  heard         INTEGER NOT NULL,
  understood    INTEGER NOT NULL,
  safe          INTEGER NOT NULL,
  next_step     INTEGER NOT NULL,
  words         TEXT COLLATE "C"    NOT NULL,
  child_wording BOOLEAN NOT NULL,
  given_by      TEXT COLLATE "C"    NOT NULL,
  given_at      BIGINT NOT NULL,
  changed_at    BIGINT NOT NULL,
  PRIMARY KEY (family_id, id),
  UNIQUE (family_id, meeting_id, member_id)
);
CREATE INDEX meeting_feedback_by_team ON meeting_feedback (team_id);
)sql";

// Version 18 (issue 12 items 1 and 2): decisions, each at its newest version with the draft's
// canonical content and hash, and their notes: the family's views and the second opinions
// (each with the version and hash it read).
constexpr Sql kV18 = R"sql(
CREATE TABLE decisions (
  family_id    TEXT COLLATE "C" NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id           TEXT COLLATE "C" NOT NULL,
  seq          BIGINT           NOT NULL,  -- decision.drafted
  kind         TEXT COLLATE "C" NOT NULL,
  version      BIGINT           NOT NULL,
  content      TEXT COLLATE "C" NOT NULL,  -- canonical JSON of the newest version
  content_hash TEXT COLLATE "C" NOT NULL,
  state        TEXT COLLATE "C" NOT NULL,  -- draft, shared, taken
  drafted_by   TEXT COLLATE "C" NOT NULL,
  drafted_at   BIGINT           NOT NULL,
  changed_at   BIGINT           NOT NULL,
  shared_at    BIGINT           NOT NULL,  -- 0: not shared
  taken_by     TEXT COLLATE "C" NOT NULL,  -- '': not taken
  taken_at     BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE TABLE decision_notes (
  family_id    TEXT COLLATE "C" NOT NULL,
  id           TEXT COLLATE "C" NOT NULL,
  seq          BIGINT           NOT NULL,
  decision_id  TEXT COLLATE "C" NOT NULL,
  note         TEXT COLLATE "C" NOT NULL,  -- view, second_opinion
  member_id    TEXT COLLATE "C" NOT NULL,  -- view: whose; else ''
  verdict      TEXT COLLATE "C" NOT NULL,  -- second_opinion: agree, agree_with_conditions, disagree
  words        TEXT COLLATE "C" NOT NULL,  -- view: the words; second_opinion: the reasons
  conditions   TEXT COLLATE "C" NOT NULL,
  version      BIGINT           NOT NULL,
  content_hash TEXT COLLATE "C" NOT NULL,  -- second_opinion: the hash of the version it read
  written_by   TEXT COLLATE "C" NOT NULL,
  written_at   BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE INDEX decision_notes_by_decision ON decision_notes (family_id, decision_id, seq);
)sql";

// Version 19: the same as SQLite's version 19 (the key each signal was made under; one address,
// accounts in several families).
constexpr Sql kV19 = R"sql(
ALTER TABLE signals ADD COLUMN key_name TEXT COLLATE "C" NOT NULL DEFAULT 'signal_hmac';
CREATE INDEX signals_by_key ON signals (key_name);
DROP INDEX accounts_live_contact;
CREATE INDEX accounts_live_contact ON accounts (contact) WHERE NOT revoked;
DROP INDEX network_members_contact;
CREATE INDEX network_members_contact ON network_members (contact) WHERE contact <> '';
)sql";

// Version 20 (issue 12 item 3): court measures as the judge ruled them, with their current end
// (moved by an extension) and early end, and their history step by step.
constexpr Sql kV20 = R"sql(
CREATE TABLE measures (
  family_id    TEXT COLLATE "C" NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id           TEXT COLLATE "C" NOT NULL,
  seq          BIGINT           NOT NULL,  -- measure.recorded
  kind         TEXT COLLATE "C" NOT NULL,
  children     TEXT COLLATE "C" NOT NULL,  -- member ids, separated by one space
  ruling_date  TEXT COLLATE "C" NOT NULL,  -- the newest ruling, YYYY-MM-DD
  start_date   TEXT COLLATE "C" NOT NULL,
  end_date     TEXT COLLATE "C" NOT NULL,  -- the end that stands; '': until 18 (gezagsbeeindiging)
  threats      TEXT COLLATE "C" NOT NULL,
  decision_id  TEXT COLLATE "C" NOT NULL,  -- '': none
  ended_on     TEXT COLLATE "C" NOT NULL,  -- '': not ended early
  ended_reason TEXT COLLATE "C" NOT NULL,
  recorded_by  TEXT COLLATE "C" NOT NULL,
  recorded_at  BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE TABLE measure_steps (
  family_id    TEXT COLLATE "C" NOT NULL,
  seq          BIGINT           NOT NULL,  -- the event
  measure_id   TEXT COLLATE "C" NOT NULL,
  step         TEXT COLLATE "C" NOT NULL,  -- recorded, extended, ended
  ruling_date  TEXT COLLATE "C" NOT NULL,  -- '' for ended
  end_date     TEXT COLLATE "C" NOT NULL,  -- the (new) end, or the day it ended
  reason       TEXT COLLATE "C" NOT NULL,
  done_by      TEXT COLLATE "C" NOT NULL,
  done_at      BIGINT           NOT NULL,
  PRIMARY KEY (family_id, seq)
);
)sql";

// Issue 11 item 5: the child's own words and the lead's explanation per child (see sqlite).
constexpr Sql kV21 = R"sql(
CREATE TABLE child_voices (
  family_id          TEXT COLLATE "C" NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id                 TEXT COLLATE "C" NOT NULL,
  seq                BIGINT           NOT NULL,  -- child_voice.written
  child_id           TEXT COLLATE "C" NOT NULL,
  good_things        TEXT COLLATE "C" NOT NULL,
  worries            TEXT COLLATE "C" NOT NULL,
  dreams             TEXT COLLATE "C" NOT NULL,
  taken_down         BOOLEAN          NOT NULL,
  written_by         TEXT COLLATE "C" NOT NULL,
  written_at         BIGINT           NOT NULL,
  share              TEXT COLLATE "C" NOT NULL,  -- professionals, parents, members
  share_with         TEXT COLLATE "C" NOT NULL,  -- members: member ids joined by ','
  sharing_changed_by TEXT COLLATE "C" NOT NULL,  -- '': never changed
  sharing_changed_at BIGINT           NOT NULL,
  PRIMARY KEY (family_id, id)
);
CREATE TABLE child_explanations (
  family_id  TEXT COLLATE "C" NOT NULL,
  child_id   TEXT COLLATE "C" NOT NULL,
  version    BIGINT           NOT NULL,
  seq        BIGINT           NOT NULL,
  text       TEXT COLLATE "C" NOT NULL,
  written_by TEXT COLLATE "C" NOT NULL,
  written_at BIGINT           NOT NULL,
  PRIMARY KEY (family_id, child_id, version)
);
)sql";

// Issue 14 item 2: a professional's second login step (TOTP); see the SQLite migration.
constexpr Sql kV22 = R"sql(
CREATE TABLE totp_credentials (
  user_id     TEXT COLLATE "C" PRIMARY KEY,
  id          TEXT COLLATE "C" NOT NULL UNIQUE,
  secret      TEXT COLLATE "C" NOT NULL,
  confirmed   BOOLEAN          NOT NULL DEFAULT FALSE,
  last_step   BIGINT           NOT NULL DEFAULT 0,
  created_at  BIGINT           NOT NULL
);
)sql";

// Version 23: the parents a measure names and the deadlines marked
// done (see the SQLite migration).
constexpr Sql kV23 = R"sql(
ALTER TABLE measures ADD COLUMN parents TEXT COLLATE "C" NOT NULL DEFAULT '';
CREATE TABLE measure_deadlines_done (
  family_id   TEXT COLLATE "C" NOT NULL,
  seq         BIGINT           NOT NULL,
  measure_id  TEXT COLLATE "C" NOT NULL,
  deadline    TEXT COLLATE "C" NOT NULL,
  due         TEXT COLLATE "C" NOT NULL,
  done_on     TEXT COLLATE "C" NOT NULL,
  note        TEXT COLLATE "C" NOT NULL,
  done_by     TEXT COLLATE "C" NOT NULL,
  done_at     BIGINT           NOT NULL,
  PRIMARY KEY (family_id, seq)
);
)sql";

// Version 24 (issue 14 item 3): the legal hold (bewaarplicht) of a file.
constexpr Sql kV24 = R"sql(
CREATE TABLE legal_holds (
  family_id TEXT COLLATE "C" PRIMARY KEY,
  set_at    BIGINT           NOT NULL,
  set_by    TEXT COLLATE "C" NOT NULL,
  reason    TEXT             NOT NULL
);
)sql";

// Version 25 (issue 14 item 1): password reset links (only the SHA-256 of a link's token).
constexpr Sql kV25 = R"sql(
CREATE TABLE password_resets (
  id           TEXT COLLATE "C" PRIMARY KEY,
  user_id      TEXT COLLATE "C" NOT NULL,
  token_sha256 TEXT COLLATE "C" NOT NULL UNIQUE,
  requested_by TEXT COLLATE "C" NOT NULL,
  requested_at BIGINT           NOT NULL,
  expires_at   BIGINT           NOT NULL,
  state        TEXT COLLATE "C" NOT NULL,
  ended_at     BIGINT           NOT NULL
);
CREATE INDEX password_resets_by_user ON password_resets (user_id, requested_at);
)sql";

// Version 26 (issue 14 item 3 part C): the family's destruction requests and their answers.
constexpr Sql kV26 = R"sql(
CREATE TABLE destruction_requests (
  family_id      TEXT COLLATE "C" NOT NULL,
  id             TEXT COLLATE "C" NOT NULL,
  member_id      TEXT COLLATE "C" NOT NULL,
  account_id     TEXT COLLATE "C" NOT NULL,
  scope          TEXT COLLATE "C" NOT NULL,
  reason         TEXT             NOT NULL,
  requested_at   BIGINT           NOT NULL,
  answer         TEXT COLLATE "C" NOT NULL DEFAULT '',
  answer_reasons TEXT             NOT NULL DEFAULT '',
  answered_by    TEXT COLLATE "C" NOT NULL DEFAULT '',
  answered_at    BIGINT           NOT NULL DEFAULT 0,
  PRIMARY KEY (family_id, id)
);
)sql";

constexpr std::array<Sql, 26> kMigrations = {kV1,  kV2,  kV3,  kV4,  kV5,  kV6,  kV7,  kV8,  kV9,
                                             kV10, kV11, kV12, kV13, kV14, kV15, kV16, kV17, kV18,
                                             kV19, kV20, kV21, kV22, kV23, kV24, kV25, kV26};

// Any constant will do, as long as every Stip process uses the same one ("STIP" + 1).
constexpr std::int64_t kMigrationLock = 0x5354495000000001;

constexpr Sql kTakeMigrationLock = "SELECT pg_advisory_xact_lock($1)";
constexpr Sql kCreateSchemaVersion =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    "  version    INTEGER     PRIMARY KEY,"
    "  applied_at TIMESTAMPTZ NOT NULL DEFAULT now())";
constexpr Sql kSchemaVersion = "SELECT coalesce(max(version), 0) FROM schema_version";
constexpr Sql kRecordVersion = "INSERT INTO schema_version (version) VALUES ($1)";

}  // namespace

std::span<const Sql> Migrations() { return kMigrations; }

Status Migrate(Connection& conn) {
  auto txn = Transaction::Begin(conn, "BEGIN");
  if (!txn) return Fail(txn.error());
  // Held until COMMIT: a second process waits here and then finds the schema up to date.
  if (auto locked = conn.Run(kTakeMigrationLock, kMigrationLock); !locked) {
    return Fail(locked.error());
  }
  if (auto status = conn.Exec(kCreateSchemaVersion); !status) return status;
  auto version = conn.Run(kSchemaVersion);
  if (!version) return Fail(version.error());
  const std::int64_t current = (*version)[0].Int(0);
  const auto known = static_cast<std::int64_t>(kMigrations.size());
  if (current > known) {
    return Fail(Code::kFailedPrecondition,
                "the database has schema version " + std::to_string(current) +
                    " but this stip knows only up to version " + std::to_string(known) +
                    "; use a newer stip (or restore a backup made by this version)");
  }
  if (current == known) return {};  // the transaction rolls back: nothing was written
  for (std::int64_t i = current; i < known; ++i) {
    if (auto status = conn.Exec(kMigrations[static_cast<std::size_t>(i)]); !status) {
      return Fail(status.error().code, "migration to schema version " + std::to_string(i + 1) +
                                           " failed: " + status.error().message);
    }
    if (auto recorded = conn.Run(kRecordVersion, i + 1); !recorded) {
      return Fail(recorded.error());
    }
  }
  return txn->Commit();
}

}  // namespace stip::store::postgres
