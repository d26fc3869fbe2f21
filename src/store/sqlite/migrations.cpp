#include "store/sqlite/migrations.h"

#include <array>
#include <string>

namespace stip::store::sqlite {

namespace {

using domain::Code;
using domain::Fail;

// Version 1: the ledger, the access-log chains, the projections and operational state.
//
// Ledger tables (events, global_chain, access_log) are the truth and are never updated or
// deleted by the store. `chains` caches each chain's head for the optimistic append check.
// Projection tables are folded from events and can be rebuilt at any time, so nothing outside
// them may reference them by foreign key (Rebuild empties them).
constexpr std::string_view kV1 = R"sql(
CREATE TABLE events (
  chain     TEXT    NOT NULL,
  seq       INTEGER NOT NULL CHECK (seq >= 1),
  type      TEXT    NOT NULL,
  actor     TEXT    NOT NULL,
  time      INTEGER NOT NULL,
  payload   TEXT    NOT NULL,  -- canonical JSON of the payload, stored verbatim
  prev_hash TEXT    NOT NULL,
  hash      TEXT    NOT NULL,
  PRIMARY KEY (chain, seq)
) WITHOUT ROWID;

CREATE TABLE chains (
  chain     TEXT    PRIMARY KEY,
  head_seq  INTEGER NOT NULL,
  head_hash TEXT    NOT NULL
) WITHOUT ROWID;

CREATE TABLE global_chain (
  seq        INTEGER PRIMARY KEY,
  chain      TEXT    NOT NULL,
  chain_seq  INTEGER NOT NULL,
  chain_hash TEXT    NOT NULL,
  prev_hash  TEXT    NOT NULL,
  hash       TEXT    NOT NULL
);

CREATE TABLE access_log (
  family_id TEXT    NOT NULL,
  seq       INTEGER NOT NULL CHECK (seq >= 1),
  time      INTEGER NOT NULL,
  user_id   TEXT    NOT NULL,
  role      TEXT    NOT NULL,
  what      TEXT    NOT NULL,
  purpose   TEXT    NOT NULL,
  emergency INTEGER NOT NULL,
  prev_hash TEXT    NOT NULL,
  hash      TEXT    NOT NULL,
  PRIMARY KEY (family_id, seq)
) WITHOUT ROWID;

-- Projections of the system chain.
CREATE TABLE organisations (
  id         TEXT    PRIMARY KEY,
  name       TEXT    NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE teams (
  id              TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisations (id),
  name            TEXT NOT NULL,
  kind            TEXT NOT NULL,
  phone           TEXT NOT NULL,
  email           TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE users (
  id              TEXT    PRIMARY KEY,
  username        TEXT    NOT NULL UNIQUE,
  display_name    TEXT    NOT NULL,
  team_id         TEXT    NOT NULL,  -- '' for an administrator outside any team
  admin           INTEGER NOT NULL,
  phone           TEXT    NOT NULL,
  email           TEXT    NOT NULL,
  password_set_at INTEGER
) WITHOUT ROWID;

CREATE TABLE tokens (
  id           TEXT    PRIMARY KEY,
  user_id      TEXT    NOT NULL REFERENCES users (id),
  name         TEXT    NOT NULL,
  token_sha256 TEXT    NOT NULL UNIQUE,
  issued_at    INTEGER NOT NULL,
  revoked      INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX tokens_by_user ON tokens (user_id);

-- Projections of the family chains.
CREATE TABLE families (
  id          TEXT    PRIMARY KEY,
  name        TEXT    NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,  -- time of the family's last event
  entry_count INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE members (
  family_id  TEXT    NOT NULL REFERENCES families (id),
  id         TEXT    NOT NULL,
  seq        INTEGER NOT NULL,  -- ledger position of member.added: the display order
  name       TEXT    NOT NULL,
  role       TEXT    NOT NULL,
  birth_date TEXT    NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;

CREATE TABLE custody (
  family_id   TEXT    NOT NULL REFERENCES families (id),
  parent_id   TEXT    NOT NULL,
  child_id    TEXT    NOT NULL,
  has_custody INTEGER NOT NULL,
  seq         INTEGER NOT NULL,  -- ledger position of the first custody.set for this pair
  PRIMARY KEY (family_id, parent_id, child_id),
  FOREIGN KEY (family_id, parent_id) REFERENCES members (family_id, id),
  FOREIGN KEY (family_id, child_id) REFERENCES members (family_id, id)
) WITHOUT ROWID;

CREATE TABLE involvements (
  family_id  TEXT    NOT NULL REFERENCES families (id),
  seq        INTEGER NOT NULL,  -- ledger position of involvement.started
  user_id    TEXT    NOT NULL,
  role       TEXT    NOT NULL,
  started_at INTEGER NOT NULL,
  ended_at   INTEGER,
  reason     TEXT    NOT NULL,
  end_reason TEXT,
  PRIMARY KEY (family_id, seq)
) WITHOUT ROWID;
CREATE INDEX involvements_by_user ON involvements (user_id, ended_at);
-- One fixed face per role at a time is a domain rule enforced by the app; the store only
-- guarantees a professional is not involved twice at once in the same file.
CREATE UNIQUE INDEX involvements_active ON involvements (family_id, user_id)
  WHERE ended_at IS NULL;

CREATE TABLE entries (
  family_id  TEXT    NOT NULL REFERENCES families (id),
  seq        INTEGER NOT NULL,
  id         TEXT    NOT NULL UNIQUE,
  kind       TEXT    NOT NULL,
  source     TEXT    NOT NULL,
  text       TEXT    NOT NULL,
  author_id  TEXT    NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (family_id, seq)
) WITHOUT ROWID;

-- Operational state: not part of the file, not in the ledger, never rebuilt.
CREATE TABLE credentials (
  user_id  TEXT PRIMARY KEY,
  argon2id TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sessions (
  token_sha256 TEXT    PRIMARY KEY,
  user_id      TEXT    NOT NULL,
  csrf         TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
  username TEXT    PRIMARY KEY,
  count    INTEGER NOT NULL,
  last_at  INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 2 (issue 3): family accounts and consents (projections of family chains), and the
// one-time login codes (operational state: not in the ledger, never rebuilt).
constexpr std::string_view kV2 = R"sql(
CREATE TABLE accounts (
  id           TEXT    PRIMARY KEY,
  family_id    TEXT    NOT NULL REFERENCES families (id),
  member_id    TEXT    NOT NULL,
  contact      TEXT    NOT NULL,  -- lower-case e-mail address
  invited_at   INTEGER NOT NULL,
  activated_at INTEGER,
  revoked      INTEGER NOT NULL,
  seq          INTEGER NOT NULL,  -- ledger position of account.invited
  FOREIGN KEY (family_id, member_id) REFERENCES members (family_id, id)
) WITHOUT ROWID;
CREATE INDEX accounts_by_family ON accounts (family_id, seq);
-- One live account per address, so a code always goes to exactly one account.
CREATE UNIQUE INDEX accounts_live_contact ON accounts (contact) WHERE revoked = 0;

CREATE TABLE consents (
  id              TEXT    PRIMARY KEY,
  family_id       TEXT    NOT NULL REFERENCES families (id),
  young_person_id TEXT    NOT NULL,
  member_id       TEXT    NOT NULL,
  given_on        TEXT    NOT NULL,  -- YYYY-MM-DD
  valid_until     TEXT,
  ended_at        INTEGER,
  seq             INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX consents_by_family ON consents (family_id, seq);

CREATE TABLE login_codes (
  id          TEXT    PRIMARY KEY,
  account_id  TEXT    NOT NULL,
  code_sha256 TEXT    NOT NULL,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  failures    INTEGER NOT NULL,
  used_at     INTEGER
) WITHOUT ROWID;
CREATE INDEX login_codes_by_account ON login_codes (account_id, created_at);
)sql";

// Version 3 (issue 3): whom an entry concerns and its corrections; withholdings, reactions
// (with correction requests) and objections. All projections of family chains.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE entries ADD COLUMN concerns        TEXT NOT NULL DEFAULT '';  -- member ids, ' '-separated
ALTER TABLE entries ADD COLUMN confidential_of TEXT NOT NULL DEFAULT '';
ALTER TABLE entries ADD COLUMN corrects        TEXT NOT NULL DEFAULT '';  -- entry.corrected
ALTER TABLE entries ADD COLUMN corrected_by    TEXT NOT NULL DEFAULT '';

CREATE TABLE withholdings (
  family_id   TEXT    NOT NULL REFERENCES families (id),
  id          TEXT    NOT NULL,
  seq         INTEGER NOT NULL,  -- ledger position of withholding.decided
  entry_id    TEXT    NOT NULL,
  member_id   TEXT    NOT NULL,
  ground      TEXT    NOT NULL,
  reason      TEXT    NOT NULL,
  decided_by  TEXT    NOT NULL,
  decided_at  INTEGER NOT NULL,
  review_date TEXT    NOT NULL,  -- YYYY-MM-DD; moved by withholding.renewed
  lifted      INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;

CREATE TABLE reactions (
  family_id           TEXT    NOT NULL REFERENCES families (id),
  id                  TEXT    NOT NULL,
  seq                 INTEGER NOT NULL,  -- ledger position of reaction.added
  entry_id            TEXT    NOT NULL,
  entry_seq           INTEGER NOT NULL,  -- the entry's position: reactions per page of entries
  member_id           TEXT    NOT NULL,
  account_id          TEXT    NOT NULL,
  kind                TEXT    NOT NULL,
  text                TEXT    NOT NULL,
  created_at          INTEGER NOT NULL,
  deadline            TEXT    NOT NULL,  -- YYYY-MM-DD for correction requests, else ''
  status              TEXT    NOT NULL,
  answer              TEXT    NOT NULL,
  answered_by         TEXT    NOT NULL,
  answered_at         INTEGER NOT NULL,
  correction_entry_id TEXT    NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE INDEX reactions_by_entry ON reactions (family_id, entry_seq, seq);

CREATE TABLE objections (
  family_id      TEXT    NOT NULL REFERENCES families (id),
  id             TEXT    NOT NULL,
  seq            INTEGER NOT NULL,  -- ledger position of objection.filed
  withholding_id TEXT    NOT NULL,
  member_id      TEXT    NOT NULL,
  text           TEXT    NOT NULL,
  filed_at       INTEGER NOT NULL,
  status         TEXT    NOT NULL,
  answer         TEXT    NOT NULL,
  answered_by    TEXT    NOT NULL,
  answered_at    INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
)sql";

// Version 4 (issue 13): requests counted per key in a fixed window (operational state), for the
// login-code limits per address and per client.
constexpr std::string_view kV4 = R"sql(
CREATE TABLE request_counts (
  key          TEXT    PRIMARY KEY,
  count        INTEGER NOT NULL,
  window_start INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 5 (issue 10): the household and the professionals change after the file is open.
constexpr std::string_view kV5 = R"sql(
ALTER TABLE members ADD COLUMN left_on TEXT;      -- member.left: from this date
ALTER TABLE members ADD COLUMN left_reason TEXT;
ALTER TABLE custody ADD COLUMN ruling_date TEXT;  -- custody.set after opening: the court ruling
ALTER TABLE custody ADD COLUMN reason TEXT;

-- Every change of the household and of who is involved, as the family reads it on its page.
CREATE TABLE household_changes (
  family_id TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  seq       INTEGER NOT NULL,  -- ledger position of the event
  changed_at INTEGER NOT NULL,
  actor     TEXT    NOT NULL,
  kind      TEXT    NOT NULL,  -- the event type
  subject   TEXT    NOT NULL,  -- the member (or, for involvements, the user) it is about
  other_id  TEXT    NOT NULL,  -- custody: the child; involvements: the role
  on_date   TEXT    NOT NULL,  -- left_on, the corrected birth date, the ruling date, or ''
  flag      INTEGER NOT NULL,  -- custody: has_custody
  reason    TEXT    NOT NULL,
  PRIMARY KEY (family_id, seq)
) WITHOUT ROWID;
)sql";

// Version 6 (issue 14): tokens expire (those issued before: 90 days after issue, as the
// projector folds their events); professional accounts can be disabled; a user's sessions are
// found by user (to end them, and to list them).
constexpr std::string_view kV6 = R"sql(
ALTER TABLE tokens ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
UPDATE tokens SET expires_at = issued_at + 7776000000;
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN disabled_reason TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_by_user ON sessions (user_id);
)sql";
// Version 7 (issue 13): a withholding names several members (member_id then holds them
// ' '-separated, as entries.concerns) or the whole household, with the written reason for
// narrowing a third party's protection.
constexpr std::string_view kV7 = R"sql(
ALTER TABLE withholdings ADD COLUMN whole_household  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE withholdings ADD COLUMN narrowing_reason TEXT    NOT NULL DEFAULT '';
)sql";

// Version 8 (issue 10 items 7 and 8): the team lead of each team (team.lead_set); who wants
// which mail (notify.digest_set, account.mail_set); when each digest last went out
// (operational state, not rebuilt from the ledger).
constexpr std::string_view kV8 = R"sql(
CREATE TABLE team_leads (
  team_id TEXT    NOT NULL PRIMARY KEY,  -- no foreign key: kDerivedTables empties it last
  user_id TEXT    NOT NULL,
  set_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE digest_settings (
  user_id   TEXT NOT NULL PRIMARY KEY,
  frequency TEXT NOT NULL  -- daily | weekly | off
) WITHOUT ROWID;
CREATE TABLE account_mail (
  account_id TEXT    NOT NULL PRIMARY KEY,
  family_id  TEXT    NOT NULL,
  enabled    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX account_mail_by_family ON account_mail (family_id);
CREATE TABLE digest_sent (
  user_id TEXT    NOT NULL PRIMARY KEY,
  sent_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 9 (issue 10): network members (naasten) and what the family shares with them
// (projections of family chains). No foreign keys, so kDerivedTables may empty them last.
constexpr std::string_view kV9 = R"sql(
CREATE TABLE network_members (
  id           TEXT    PRIMARY KEY,
  family_id    TEXT    NOT NULL,
  account_id   TEXT    NOT NULL UNIQUE,
  name         TEXT    NOT NULL,
  relation     TEXT    NOT NULL,
  contact      TEXT    NOT NULL,  -- lower-case e-mail address
  invited_by   TEXT    NOT NULL,
  invited_at   INTEGER NOT NULL,
  activated_at INTEGER,
  seq          INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX network_members_by_family ON network_members (family_id, seq);
CREATE UNIQUE INDEX network_members_contact ON network_members (contact);

CREATE TABLE network_consents (
  id                TEXT    PRIMARY KEY,
  family_id         TEXT    NOT NULL,
  network_member_id TEXT    NOT NULL,
  given_by          TEXT    NOT NULL,
  ground            TEXT    NOT NULL,
  items             TEXT    NOT NULL,  -- "entry:<id>" items, ' '-separated
  given_on          TEXT    NOT NULL,  -- YYYY-MM-DD
  valid_until       TEXT    NOT NULL,  -- YYYY-MM-DD or ''
  given_at          INTEGER NOT NULL,
  changed_at        INTEGER NOT NULL,
  ended_at          INTEGER,
  seq               INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX network_consents_by_family ON network_consents (family_id, seq);
)sql";

// Version 10 (issue 10): the handover of the fixed face, proposed, then accepted, declined or
// withdrawn.
constexpr std::string_view kV10 = R"sql(
CREATE TABLE handovers (
  family_id    TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id           TEXT    NOT NULL,
  seq          INTEGER NOT NULL,  -- ledger position of handover.proposed
  from_user    TEXT    NOT NULL,  -- the lead who proposed it
  to_user      TEXT    NOT NULL,
  reason       TEXT    NOT NULL,  -- family_moved, illness_or_leave, ...
  words        TEXT    NOT NULL,
  warm         INTEGER NOT NULL,
  meeting_date TEXT    NOT NULL,  -- YYYY-MM-DD or ''
  status       TEXT    NOT NULL,  -- proposed, accepted, declined, withdrawn
  proposed_at  INTEGER NOT NULL,
  decided_at   INTEGER NOT NULL,  -- 0 while proposed
  decided_by   TEXT    NOT NULL,
  answer       TEXT    NOT NULL,  -- the words with a decline or a withdrawal
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE INDEX handovers_to_user ON handovers (to_user, status);
)sql";

// Version 11 (privacy review of issue 10): a family member's mail about something new waits
// here until it is due, and is sent only if they can still read it then (operational state);
// a network member invited with an address in use is recorded without a login.
constexpr std::string_view kV11 = R"sql(
CREATE TABLE entry_mail_pending (
  account_id TEXT    NOT NULL,
  entry_id   TEXT    NOT NULL,
  family_id  TEXT    NOT NULL,
  due_at     INTEGER NOT NULL,
  PRIMARY KEY (account_id, entry_id)
) WITHOUT ROWID;
CREATE INDEX entry_mail_pending_due ON entry_mail_pending (due_at);
-- A network member invited with an address that has an account already has no login ('').
DROP INDEX network_members_contact;
CREATE UNIQUE INDEX network_members_contact ON network_members (contact) WHERE contact <> '';
)sql";

// Version 12 (issue 11): the safety map: its rounds, its worries, strengths, goals and
// disagreements (safety_items, by kind), and every participant's own answers.
constexpr std::string_view kV12 = R"sql(
CREATE TABLE safety_rounds (
  family_id TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  round     INTEGER NOT NULL,
  seq       INTEGER NOT NULL,
  opened_at INTEGER NOT NULL,
  opened_by TEXT    NOT NULL,
  PRIMARY KEY (family_id, round)
) WITHOUT ROWID;
CREATE TABLE safety_items (
  family_id          TEXT    NOT NULL,
  id                 TEXT    NOT NULL,
  seq                INTEGER NOT NULL,
  kind               TEXT    NOT NULL,  -- danger, strength, goal, disagreement
  danger_id          TEXT    NOT NULL,  -- goal, disagreement: the statement; else ''
  member_id          TEXT    NOT NULL,  -- disagreement: whose; else ''
  who_worried        TEXT    NOT NULL,  -- danger only
  worry              TEXT    NOT NULL,  -- danger only
  if_nothing_changes TEXT    NOT NULL,  -- danger only
  words              TEXT    NOT NULL,  -- strength, goal, disagreement
  added_by           TEXT    NOT NULL,
  added_at           INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE INDEX safety_items_by_family ON safety_items (family_id, seq);
CREATE TABLE safety_answers (
  family_id      TEXT    NOT NULL,
  id             TEXT    NOT NULL,
  seq            INTEGER NOT NULL,
  danger_id      TEXT    NOT NULL,
  round          INTEGER NOT NULL,
  participant    TEXT    NOT NULL,  -- member, professional
  participant_id TEXT    NOT NULL,
  score          INTEGER NOT NULL,
  words          TEXT    NOT NULL,
  scale_0        TEXT    NOT NULL,
  scale_10       TEXT    NOT NULL,
  recorded       INTEGER NOT NULL,
  given_by       TEXT    NOT NULL,
  given_at       INTEGER NOT NULL,
  PRIMARY KEY (family_id, id),
  UNIQUE (family_id, danger_id, round, participant_id)
) WITHOUT ROWID;
CREATE INDEX safety_answers_by_family ON safety_answers (family_id, seq);
)sql";

// Version 13 (issue 10 item 4): every use of emergency access (noodtoegang), its early end and
// the team lead's judgement.
constexpr std::string_view kV13 = R"sql(
CREATE TABLE emergency_access (
  id           TEXT    NOT NULL PRIMARY KEY,  -- no foreign key: kDerivedTables empties it last
  family_id    TEXT    NOT NULL,
  seq          INTEGER NOT NULL,  -- ledger position of emergency_access.opened
  user_id      TEXT    NOT NULL,
  team_id      TEXT    NOT NULL,  -- the professional's team at the time of use
  reason       TEXT    NOT NULL,
  opened_at    INTEGER NOT NULL,
  until_at     INTEGER NOT NULL,
  ended_at     INTEGER,           -- ended early by the professional
  outcome      TEXT    NOT NULL,  -- '' (waits), justified, not_justified
  review_words TEXT    NOT NULL,
  reviewed_by  TEXT    NOT NULL,
  reviewed_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX emergency_access_by_family ON emergency_access (family_id, seq);
CREATE INDEX emergency_access_by_user ON emergency_access (user_id, opened_at);
CREATE INDEX emergency_access_by_outcome ON emergency_access (outcome, opened_at);
)sql";

// Version 14 (issue 10 item 6, "al bekend?"): the signals (keyed hashes of children's
// identities, folded from signal.recorded until signal.deleted) and the installation's keys
// (operational: never in the ledger, so never rebuilt; every backup of the file keeps them).
constexpr std::string_view kV14 = R"sql(
CREATE TABLE signals (
  family_id    TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  seq          INTEGER NOT NULL,  -- ledger position of signal.recorded
  member_id    TEXT    NOT NULL,
  key_hash     TEXT    NOT NULL,  -- HMAC-SHA-256 (hex) of the child's identity
  signalled_at INTEGER NOT NULL,
  PRIMARY KEY (family_id, seq)
) WITHOUT ROWID;
CREATE INDEX signals_by_hash ON signals (key_hash);
CREATE TABLE installation_keys (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 15 (issue 10 item 6, ask to join): who got a match in which file (from
// known_elsewhere.checked) and the join requests (folded from join_request.*).
constexpr std::string_view kV15 = R"sql(
CREATE TABLE known_checks (
  id         TEXT    NOT NULL,  -- the check ("chk_...")
  family_id  TEXT    NOT NULL,  -- a file it matched (no foreign key: kDerivedTables)
  user_id    TEXT    NOT NULL,  -- who checked
  checked_at INTEGER NOT NULL,
  PRIMARY KEY (id, family_id)
) WITHOUT ROWID;
CREATE TABLE join_requests (
  family_id  TEXT    NOT NULL,
  id         TEXT    NOT NULL,
  seq        INTEGER NOT NULL,  -- ledger position of join_request.made
  user_id    TEXT    NOT NULL,  -- the asker
  check_id   TEXT    NOT NULL,
  role       TEXT    NOT NULL,  -- duo, second_opinion
  message    TEXT    NOT NULL,
  status     TEXT    NOT NULL,  -- open, accepted, declined
  asked_at   INTEGER NOT NULL,
  decided_at INTEGER NOT NULL,  -- 0 while open
  decided_by TEXT    NOT NULL,
  answer     TEXT    NOT NULL,  -- the lead's words with a decline
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE INDEX join_requests_by_user ON join_requests (user_id, status);
)sql";

// Version 16 (issue 11 item 2): the family's own plan first: the offer and its outcome, the
// versions the family writes (their lists in plan_lines), the professionals' safety conditions
// and their comments. No foreign keys: kDerivedTables empties them last.
constexpr std::string_view kV16 = R"sql(
CREATE TABLE plan_offers (
  family_id    TEXT    NOT NULL PRIMARY KEY,
  seq          INTEGER NOT NULL,
  offered_on   TEXT    NOT NULL,
  words        TEXT    NOT NULL,
  offered_by   TEXT    NOT NULL,
  offered_at   INTEGER NOT NULL,
  outcome      TEXT    NOT NULL,  -- open, accepted, declined, waived
  answered_seq INTEGER NOT NULL,  -- 0 while open
  decided_on   TEXT    NOT NULL,  -- '' while open
  expected_by  TEXT    NOT NULL,  -- accepted only
  ground       TEXT    NOT NULL,  -- waived only
  reason       TEXT    NOT NULL,
  answered_by  TEXT    NOT NULL,
  answered_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE plan_versions (
  family_id      TEXT    NOT NULL,
  version        INTEGER NOT NULL,
  seq            INTEGER NOT NULL,
  kind           TEXT    NOT NULL,  -- family, safety
  evaluation_on  TEXT    NOT NULL,  -- '' when not set
  if_not_working TEXT    NOT NULL,
  member_id      TEXT    NOT NULL,
  written_by     TEXT    NOT NULL,
  written_at     INTEGER NOT NULL,
  PRIMARY KEY (family_id, version)
) WITHOUT ROWID;
CREATE TABLE plan_lines (
  family_id  TEXT    NOT NULL,
  version    INTEGER NOT NULL,
  field      TEXT    NOT NULL,  -- goal, action, rule, watcher, sign
  pos        INTEGER NOT NULL,
  words      TEXT    NOT NULL,  -- the goal, action, rule, sign; a watcher's name
  owner_kind TEXT    NOT NULL,  -- action only
  owner      TEXT    NOT NULL,  -- action: who holds it; watcher: how to reach them
  due_on     TEXT    NOT NULL,  -- action only
  PRIMARY KEY (family_id, version, field, pos)
) WITHOUT ROWID;
CREATE TABLE plan_conditions (
  family_id TEXT    NOT NULL,
  seq       INTEGER NOT NULL,
  pos       INTEGER NOT NULL,  -- -1: a set without conditions
  words     TEXT    NOT NULL,
  set_by    TEXT    NOT NULL,
  set_at    INTEGER NOT NULL,
  PRIMARY KEY (family_id, seq, pos)
) WITHOUT ROWID;
CREATE TABLE plan_comments (
  family_id TEXT    NOT NULL,
  id        TEXT    NOT NULL,
  seq       INTEGER NOT NULL,
  version   INTEGER NOT NULL,
  words     TEXT    NOT NULL,
  added_by  TEXT    NOT NULL,
  added_at  INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
)sql";

// Version 17 (issue 11 items 3 and 4):
// meetings (overleg) with their agenda, record, children heard and agreements, and the
// family's feedback after them.
constexpr std::string_view kV17 = R"sql(
CREATE TABLE meetings (
  family_id             TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id                    TEXT    NOT NULL,
  seq                   INTEGER NOT NULL,  -- meeting.planned
  meeting_date          TEXT    NOT NULL,  -- YYYY-MM-DD
  meeting_time          TEXT    NOT NULL,  -- HH:MM or ''
  place                 TEXT    NOT NULL,
  team_id               TEXT    NOT NULL,  -- the planner's team
  members               TEXT    NOT NULL,  -- ids, comma-separated
  professionals         TEXT    NOT NULL,
  network               TEXT    NOT NULL,
  planned_by            TEXT    NOT NULL,
  planned_at            INTEGER NOT NULL,
  held_seq              INTEGER NOT NULL DEFAULT 0,  -- meeting.held; 0 while not held
  recorded_by           TEXT    NOT NULL DEFAULT '',
  recorded_at           INTEGER NOT NULL DEFAULT 0,
  present_members       TEXT    NOT NULL DEFAULT '',
  present_professionals TEXT    NOT NULL DEFAULT '',
  present_network       TEXT    NOT NULL DEFAULT '',
  summary_entry_id      TEXT    NOT NULL DEFAULT '',
  next_date             TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE TABLE meeting_items (
  family_id  TEXT    NOT NULL,
  id         TEXT    NOT NULL,  -- child: "<meeting id>:<child id>"
  seq        INTEGER NOT NULL,
  meeting_id TEXT    NOT NULL,
  kind       TEXT    NOT NULL,  -- agenda_point, agenda_question, agreement, child
  member_id  TEXT    NOT NULL,  -- agenda: the member who added it; child: the child; else ''
  how        TEXT    NOT NULL,  -- child only
  words      TEXT    NOT NULL,
  added_by   TEXT    NOT NULL,
  added_at   INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE TABLE meeting_feedback (
  family_id     TEXT    NOT NULL,
  id            TEXT    NOT NULL,
  seq           INTEGER NOT NULL,
  meeting_id    TEXT    NOT NULL,
  member_id     TEXT    NOT NULL,
  team_id       TEXT    NOT NULL,  -- the meeting's team: the team's counts read by it
  heard         INTEGER NOT NULL,
  understood    INTEGER NOT NULL,
  safe          INTEGER NOT NULL,
  next_step     INTEGER NOT NULL,
  words         TEXT    NOT NULL,
  child_wording INTEGER NOT NULL,
  given_by      TEXT    NOT NULL,
  given_at      INTEGER NOT NULL,
  changed_at    INTEGER NOT NULL,
  PRIMARY KEY (family_id, id),
  UNIQUE (family_id, meeting_id, member_id)
) WITHOUT ROWID;
CREATE INDEX meeting_feedback_by_team ON meeting_feedback (team_id);
)sql";

// Version 18 (issue 12 items 1 and 2): decisions, each at its newest version with the draft's
// canonical content and hash, and their notes: the family's views and the second opinions
// (each with the version and hash it read).
constexpr std::string_view kV18 = R"sql(
CREATE TABLE decisions (
  family_id    TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id           TEXT    NOT NULL,
  seq          INTEGER NOT NULL,  -- decision.drafted
  kind         TEXT    NOT NULL,
  version      INTEGER NOT NULL,
  content      TEXT    NOT NULL,  -- canonical JSON of the newest version
  content_hash TEXT    NOT NULL,
  state        TEXT    NOT NULL,  -- draft, shared, taken
  drafted_by   TEXT    NOT NULL,
  drafted_at   INTEGER NOT NULL,
  changed_at   INTEGER NOT NULL,
  shared_at    INTEGER NOT NULL,  -- 0: not shared
  taken_by     TEXT    NOT NULL,  -- '': not taken
  taken_at     INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE TABLE decision_notes (
  family_id    TEXT    NOT NULL,
  id           TEXT    NOT NULL,
  seq          INTEGER NOT NULL,
  decision_id  TEXT    NOT NULL,
  note         TEXT    NOT NULL,  -- view, second_opinion
  member_id    TEXT    NOT NULL,  -- view: whose; else ''
  verdict      TEXT    NOT NULL,  -- second_opinion: agree, agree_with_conditions, disagree
  words        TEXT    NOT NULL,  -- view: the words; second_opinion: the reasons
  conditions   TEXT    NOT NULL,
  version      INTEGER NOT NULL,
  content_hash TEXT    NOT NULL,  -- second_opinion: the hash of the version it read
  written_by   TEXT    NOT NULL,
  written_at   INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE INDEX decision_notes_by_decision ON decision_notes (family_id, decision_id, seq);
)sql";

// Version 19 (issue 10): each signal names the installation key its hash was made under (one
// key per month), so that a key no signal uses any more can be deleted; and one address may
// have an account in several families (the live-contact index is no longer unique).
constexpr std::string_view kV19 = R"sql(
ALTER TABLE signals ADD COLUMN key_name TEXT NOT NULL DEFAULT 'signal_hmac';
CREATE INDEX signals_by_key ON signals (key_name);
DROP INDEX accounts_live_contact;
CREATE INDEX accounts_live_contact ON accounts (contact) WHERE revoked = 0;
DROP INDEX network_members_contact;
CREATE INDEX network_members_contact ON network_members (contact) WHERE contact <> '';
)sql";

// Version 20 (issue 12 item 3): court measures as the judge ruled them, with their current end
// (moved by an extension) and early end, and their history step by step.
constexpr std::string_view kV20 = R"sql(
CREATE TABLE measures (
  family_id    TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id           TEXT    NOT NULL,
  seq          INTEGER NOT NULL,  -- measure.recorded
  kind         TEXT    NOT NULL,
  children     TEXT    NOT NULL,  -- member ids, separated by one space
  ruling_date  TEXT    NOT NULL,  -- the newest ruling, YYYY-MM-DD
  start_date   TEXT    NOT NULL,
  end_date     TEXT    NOT NULL,  -- the end that stands; '': until 18 (gezagsbeeindiging)
  threats      TEXT    NOT NULL,
  decision_id  TEXT    NOT NULL,  -- '': none
  ended_on     TEXT    NOT NULL,  -- '': not ended early
  ended_reason TEXT    NOT NULL,
  recorded_by  TEXT    NOT NULL,
  recorded_at  INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE TABLE measure_steps (
  family_id    TEXT    NOT NULL,
  seq          INTEGER NOT NULL,  -- the event
  measure_id   TEXT    NOT NULL,
  step         TEXT    NOT NULL,  -- recorded, extended, ended
  ruling_date  TEXT    NOT NULL,  -- '' for ended
  end_date     TEXT    NOT NULL,  -- the (new) end, or the day it ended
  reason       TEXT    NOT NULL,
  done_by      TEXT    NOT NULL,
  done_at      INTEGER NOT NULL,
  PRIMARY KEY (family_id, seq)
) WITHOUT ROWID;
)sql";

// Issue 11 item 5: the child's own words (child_voice.*) and the lead's explanation per child
// (child_explanation.written), every version kept. Version 21 on the branch that made it; the
// merge gives it its place in the list.
constexpr std::string_view kV21 = R"sql(
CREATE TABLE child_voices (
  family_id          TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id                 TEXT    NOT NULL,
  seq                INTEGER NOT NULL,  -- child_voice.written
  child_id           TEXT    NOT NULL,
  good_things        TEXT    NOT NULL,
  worries            TEXT    NOT NULL,
  dreams             TEXT    NOT NULL,
  taken_down         INTEGER NOT NULL,
  written_by         TEXT    NOT NULL,
  written_at         INTEGER NOT NULL,
  share              TEXT    NOT NULL,  -- professionals, parents, members
  share_with         TEXT    NOT NULL,  -- members: member ids joined by ','
  sharing_changed_by TEXT    NOT NULL,  -- '': never changed
  sharing_changed_at INTEGER NOT NULL,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
CREATE TABLE child_explanations (
  family_id  TEXT    NOT NULL,
  child_id   TEXT    NOT NULL,
  version    INTEGER NOT NULL,
  seq        INTEGER NOT NULL,
  text       TEXT    NOT NULL,
  written_by TEXT    NOT NULL,
  written_at INTEGER NOT NULL,
  PRIMARY KEY (family_id, child_id, version)
) WITHOUT ROWID;
)sql";

// Issue 14 item 2: a professional's second login step (TOTP, RFC 6238). Operational state like
// the password hashes: the secret never enters the ledger. The row is made when enrolment
// starts; the fold of totp.enrolled confirms it (atomic with the event) and the fold of
// totp.disabled deletes it, each only for its own credential id, so a rebuild that replays an
// old enrolment never touches a later one. last_step: the newest time step used (a code works
// once).
constexpr std::string_view kV22 = R"sql(
CREATE TABLE totp_credentials (
  user_id     TEXT    PRIMARY KEY,
  id          TEXT    NOT NULL UNIQUE,
  secret      TEXT    NOT NULL,  -- base32, as the authenticator app takes it
  confirmed   INTEGER NOT NULL DEFAULT 0,
  last_step   INTEGER NOT NULL DEFAULT 0,
  created_at  INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Version 23 (issue 12, privacy review findings 1 and 3): the
// parents a measure names (their custody or place it concerns), and the deadlines marked done.
constexpr std::string_view kV23 = R"sql(
ALTER TABLE measures ADD COLUMN parents TEXT NOT NULL DEFAULT '';  -- member ids, one space apart
CREATE TABLE measure_deadlines_done (
  family_id   TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  seq         INTEGER NOT NULL,  -- measure.deadline_done
  measure_id  TEXT    NOT NULL,
  deadline    TEXT    NOT NULL,  -- the deadline kind (hearing, use_by, ...)
  due         TEXT    NOT NULL,  -- its due date, YYYY-MM-DD
  done_on     TEXT    NOT NULL,
  note        TEXT    NOT NULL,
  done_by     TEXT    NOT NULL,
  done_at     INTEGER NOT NULL,
  PRIMARY KEY (family_id, seq)
) WITHOUT ROWID;
)sql";

// Version 24 (issue 14 item 3): the legal hold (bewaarplicht) of a file, folded from
// legal_hold.set and legal_hold.lifted; while it stands nothing of the file is destroyed.
constexpr std::string_view kV24 = R"sql(
CREATE TABLE legal_holds (
  family_id TEXT    PRIMARY KEY,  -- no foreign key: kDerivedTables empties it last
  set_at    INTEGER NOT NULL,
  set_by    TEXT    NOT NULL,
  reason    TEXT    NOT NULL
) WITHOUT ROWID;
)sql";

// Version 25 (issue 14 item 1): password reset links, folded from password_reset.requested and
// .used (and ended by a newer request or user.disabled). Only the SHA-256 of a link's token.
constexpr std::string_view kV25 = R"sql(
CREATE TABLE password_resets (
  id           TEXT    PRIMARY KEY,  -- no foreign key: kDerivedTables empties it last
  user_id      TEXT    NOT NULL,
  token_sha256 TEXT    NOT NULL UNIQUE,
  requested_by TEXT    NOT NULL,
  requested_at INTEGER NOT NULL,
  expires_at   INTEGER NOT NULL,
  state        TEXT    NOT NULL,  -- open | used | replaced | ended
  ended_at     INTEGER NOT NULL   -- 0 while open
) WITHOUT ROWID;
CREATE INDEX password_resets_by_user ON password_resets (user_id, requested_at);
)sql";

// Version 26 (issue 14 item 3 part C): the family's destruction requests and their answers,
// folded from destruction.requested and destruction.answered.
constexpr std::string_view kV26 = R"sql(
CREATE TABLE destruction_requests (
  family_id      TEXT    NOT NULL,  -- no foreign key: kDerivedTables empties it last
  id             TEXT    NOT NULL,
  member_id      TEXT    NOT NULL,
  account_id     TEXT    NOT NULL,
  scope          TEXT    NOT NULL,  -- file | own_data
  reason         TEXT    NOT NULL,
  requested_at   INTEGER NOT NULL,
  answer         TEXT    NOT NULL DEFAULT '',  -- '' while open
  answer_reasons TEXT    NOT NULL DEFAULT '',
  answered_by    TEXT    NOT NULL DEFAULT '',
  answered_at    INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (family_id, id)
) WITHOUT ROWID;
)sql";

constexpr std::array<std::string_view, 26> kMigrations = {
    kV1,  kV2,  kV3,  kV4,  kV5,  kV6,  kV7,  kV8,  kV9,  kV10, kV11, kV12, kV13,
    kV14, kV15, kV16, kV17, kV18, kV19, kV20, kV21, kV22, kV23, kV24, kV25, kV26};

Result<int> UserVersion(Connection& conn) {
  auto query = conn.Prepare("PRAGMA user_version");
  if (!query) return Fail(query.error());
  auto row = query->Step();
  if (!row) return Fail(row.error());
  return static_cast<int>(query->Int(0));
}

}  // namespace

std::span<const std::string_view> Migrations() { return kMigrations; }

Status Migrate(Connection& conn) {
  // IMMEDIATE: two processes opening a fresh file at once migrate one after the other.
  auto txn = Transaction::Begin(conn, "BEGIN IMMEDIATE");
  if (!txn) return Fail(txn.error());
  auto version = UserVersion(conn);
  if (!version) return Fail(version.error());
  const int known = static_cast<int>(kMigrations.size());
  if (*version > known) {
    return Fail(Code::kFailedPrecondition,
                "the database has schema version " + std::to_string(*version) +
                    " but this stip knows only up to version " + std::to_string(known) +
                    "; use a newer stip (or restore a backup made by this version)");
  }
  if (*version == known) return {};  // the transaction rolls back: nothing was written
  for (int i = *version; i < known; ++i) {
    if (auto status = conn.Exec(kMigrations[static_cast<std::size_t>(i)]); !status) {
      return Fail(status.error().code, "migration to schema version " + std::to_string(i + 1) +
                                           " failed: " + status.error().message);
    }
  }
  // A PRAGMA cannot take a bound parameter; the number is ours, not user data.
  if (auto status = conn.Exec("PRAGMA user_version = " + std::to_string(known)); !status) {
    return status;
  }
  return txn->Commit();
}

}  // namespace stip::store::sqlite
