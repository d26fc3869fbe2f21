// "Al bekend?" (issue 10 item 6): the rules of the pseudonymous check whether a child is known in
// this installation already, after the Verwijsindex rules (LEGAL_FACTS.md). Pure; app keys the
// hash.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// The Verwijsindex rules, kept as settings because the law and a municipality's choices differ.
struct SignalPolicy {
  int active_days = 730;         // a signal matches for 2 years after it was made
  int delete_after_days = 1826;  // and is deleted after 5 years
  int match_min_signals = 2;     // a match needs 2+ signals: the new check and one on record
};

// One signal: a keyed hash (HMAC-SHA-256, hex) of one child's identity, with the file and the
// team that hold it. No name, no birth date, no BSN, no content.
struct Signal {
  std::string key_hash;
  std::string family_id;
  std::string team_id;
  Millis signalled_at = 0;
};

// Which team holds a file where the child is known; nothing else is told.
struct SignalMatch {
  std::string family_id;
  std::string team_id;
  bool operator==(const SignalMatch&) const = default;
};

// A Dutch citizen service number: 9 digits passing the 11-test
// (9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11, not all zeros).
bool IsElevenProof(std::string_view bsn);

// A name as it is keyed: lower case, letters and digits only, one space between words, accented
// Latin letters folded ("  Ünal  O'Brien " -> "unal obrien", "Şahin" -> "sahin", "IJsbrand" and
// "Ĳsbrand" -> "ijsbrand"). Letters of other scripts (Arabic, Cyrillic, Chinese, ...) are kept
// as written (Greek and Cyrillic lower-cased), so such a name never becomes empty.
std::string NormalName(std::string_view name);

// What the keyed hash is made of for one child: "bsn:<9 digits>" when a BSN is given, else
// "nbd:<normal name>|<YYYY-MM-DD>"; "" (no key: never signal or match) when there is neither a
// BSN nor a name that normalises to anything. Never stored or shown; only its keyed hash is.
std::string IdentityKey(std::string_view bsn, std::string_view name, const Date& birth_date);

bool SignalActive(const Signal& signal, Millis now, const SignalPolicy& policy = {});
// Past its deletion date: remove it.
bool SignalExpired(const Signal& signal, Millis now, const SignalPolicy& policy = {});

// The other files where one of `key_hashes` has a live signal, once per file, oldest first;
// `own_family` (the file being opened, if any) is left out. Empty when fewer signals than the
// policy asks for would exist together with the new check.
std::vector<SignalMatch> MatchSignals(std::span<const std::string> key_hashes,
                                      std::span<const Signal> signals, Millis now,
                                      const std::string& own_family = {},
                                      const SignalPolicy& policy = {});

// Ask to join (issue 10 item 6): a professional who got a match asks the lead of the matched
// file to be added to it instead of opening a second file. status: "open" | "accepted" |
// "declined". family_id and family_name are told to the asker only after acceptance.
struct JoinRequest {
  std::string id;  // "jrq_..."
  std::string family_id;
  std::string user_id;  // the asker
  std::string check_id;
  std::string role;  // "duo" | "second_opinion"
  std::string message;
  std::string status;
  Millis asked_at = 0;
  Millis decided_at = 0;
  std::string decided_by;
  std::string answer;     // the lead's words with a decline
  std::string lead_team;  // the team of the file's lead today
  std::string family_name;
};

// Whether `user_id` (of `team`) may ask to join `family` with `role` and `message`: the role is
// one a professional joins with (duo partner only from a regional safety team), the message is
// required plain words (field "message"), and they are not involved already.
std::vector<FieldError> CheckJoinRequest(const Family& family, const std::string& user_id,
                                         const std::optional<Team>& team, const std::string& role,
                                         const std::string& message);

}  // namespace stip::domain
