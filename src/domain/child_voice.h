// The child's own words (in mijn eigen woorden, issue 11 item 5): the child's voice in the Three
// Houses shape, who may write, share and read it; and the lead's explanation per child.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/access.h"
#include "domain/error.h"
#include "domain/model.h"
#include "domain/time.h"

namespace stip::domain {

// With whom the child agreed to share their words. Professionals involved in the file always
// read them; the choice says who of the household reads them too.
enum class ShareChoice {
  kProfessionals,  // only the professionals
  kParents,        // also my parents (those with custody, as the access rules allow)
  kMembers,        // a chosen list of household members
};
std::string_view ToString(ShareChoice v);  // "professionals", "parents", "members"
std::optional<ShareChoice> ParseShareChoice(std::string_view s);

// One record of a child's voice: three houses (good things, worries, dreams), at least one
// written. Written by the child (12+) from their own account, or taken down by a professional
// with the child (taken_down; written_by then names the professional).
struct ChildVoice {
  std::string id;  // "vce_..."
  std::int64_t seq = 0;
  std::string child_id;
  std::string good_things;
  std::string worries;
  std::string dreams;
  bool taken_down = false;
  std::string written_by;  // account id of the child, or user id of the professional
  Millis written_at = 0;
  ShareChoice share = ShareChoice::kProfessionals;
  std::vector<std::string> share_with;  // kMembers: member ids
  std::string sharing_changed_by;       // '' while never changed
  Millis sharing_changed_at = 0;
  // Issue 11 item 6: why a professional narrowed the sharing ('' when the child changed it).
  std::string sharing_reason = {};
};

// The lead's explanation for one child ("woorden en plaatjes"): what the worries are and what
// is being done, in words for that child. Every version is kept; the newest is shown.
struct ChildExplanation {
  std::string child_id;
  int version = 0;  // 1, 2, ... per child
  std::int64_t seq = 0;
  std::string text;
  std::string written_by;  // user id
  Millis written_at = 0;
};

// One family's voices and explanations, in ledger order.
struct ChildVoices {
  std::vector<ChildVoice> voices;
  std::vector<ChildExplanation> explanations;
  // Issue 11 item 6: per voice id, the withholdings shown with it (a member: placeholders, the
  // three houses then empty; a professional: every withholding of the voice).
  WithheldItems withheld = {};
  // For the child reading their own words: per voice id, the withholdings in force that keep it
  // from others in the household (whom and why; the child is told, issue 11 item 6).
  WithheldItems held_from_others = {};
};

inline constexpr std::size_t kMaxHouseChars = 2000;
inline constexpr std::size_t kMaxExplanationChars = 4000;

// The three houses: at least one written, each at most kMaxHouseChars. All three empty gives a
// kRequired error on each of the three fields ("good_things", "worries", "dreams").
std::vector<FieldError> CheckHouses(const std::string& good_things, const std::string& worries,
                                    const std::string& dreams);

// The sharing choice for `child_id`'s words: a known choice (nullopt: not one); for kMembers a
// list of at least one current member of the household, not the child; other choices take no
// list.
std::vector<FieldError> CheckSharing(const Family& family, const std::string& child_id,
                                     std::optional<ShareChoice> share,
                                     const std::vector<std::string>& share_with);

// Who writes a record of `child_id`'s voice. A child of 12+ from their own account writes only
// their own (child_id empty or their own id); a younger child does not write from an account
// (kUnder12ChildView); other family members never do. An involved professional who writes
// entries takes down a child's words with the child (taken_down), for any child of the
// household who has not left it.
struct VoiceWriter {
  bool allowed = false;
  Reason reason = Reason::kUnknownViewer;
  bool taken_down = false;
  std::string child_id;            // whose words (the viewer's own for a child)
  std::vector<FieldError> errors;  // allowed, but the child named is not one to write for
};
VoiceWriter DecideVoiceWriter(const Family& family, const AccessQuery& query,
                              const std::string& child_id);

// May the viewer read this record? An involved professional always (as they read entries).
// The child always reads their own. A parent or carer only when the choice shares with them
// (kParents, or listed) and the access rules let them see that child (DecideChildView: custody
// of a child under 16; for a young person of 16+ the child's choice to share is their consent,
// but custody is still needed). Anyone else of the household (a brother, another adult) only
// when listed and while they read the file.
bool MayReadVoice(const Family& family, const AccessQuery& query, const ChildVoice& voice);

// The household members the choice shares with, before the access rules: kParents every parent
// and carer who was in the household when the words were written (a partner who joins later does
// not read them unless the child names them: `written_seq` is the ledger position of the words,
// compared with each member's joined_seq as for entries), kMembers the list, kProfessionals none.
std::vector<std::string> SharedWith(const Family& family, ShareChoice share,
                                    const std::vector<std::string>& share_with,
                                    std::int64_t written_seq);

// May the viewer change the sharing of `voice` to (share, share_with)? The child changes their
// own choice as they like. An involved professional may only narrow it (every member the new
// choice shares with was shared with before), never widen it. Anyone else: no.
// Returns kPermissionDenied / kNotFound-free decisions as a Decision; `widens` is set when a
// professional's change would widen it.
struct SharingChangeDecision {
  bool allowed = false;
  Reason reason = Reason::kUnknownViewer;
  bool widens = false;
};
SharingChangeDecision DecideSharingChange(const Family& family, const AccessQuery& query,
                                          const ChildVoice& voice, ShareChoice share,
                                          const std::vector<std::string>& share_with);

// Who writes a child's explanation: the lead and the duo, who run the file.
Decision DecideExplanationWriter(const Family& family, const AccessQuery& query);
// The explanation names a child of the household, and has words.
std::vector<FieldError> CheckExplanation(const Family& family, const std::string& child_id,
                                         const std::string& text);
// May the viewer read `child_id`'s explanation? Involved professionals; the child; a parent or
// carer as DecideChildView allows (custody; a 16+'s consent).
bool MayReadExplanation(const Family& family, const AccessQuery& query,
                        const std::string& child_id);

// The newest version of the child's explanation, or nullptr.
const ChildExplanation* LatestExplanation(const ChildVoices& all, std::string_view child_id);
const ChildVoice* FindVoice(const ChildVoices& all, std::string_view id);

// The children of the household (not left) who have no explanation yet, in family order.
std::vector<std::string> ChildrenWithoutExplanation(const Family& family, const ChildVoices& all);

// What the viewer reads: the records they may read, and the explanations of the children whose
// explanation they may read (all versions for professionals, the newest for family members).
// `withholdings`: the family's; a voice withheld from the member (never from the child whose
// words they are) shows as a placeholder.
ChildVoices VisibleVoices(const Family& family, const AccessQuery& query, const ChildVoices& all,
                          std::span<const Withholding> withholdings = {});

}  // namespace stip::domain
