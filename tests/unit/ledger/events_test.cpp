// Typed events: every type round-trips, each writes exactly the payload the app wrote by string
// key before (literals below: every stored ledger depends on these bytes), and a bad payload is
// reported in the projectors' words.
#include "ledger/events.h"

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "ledger/event_types.h"

namespace stip::ledger::events {
namespace {

std::string Payload(const boost::json::object& payload) {
  auto text = CanonicalPayload(payload);
  EXPECT_TRUE(text) << text.error().message;
  return text ? *text : std::string();
}

template <typename T>
std::string Canonical(const T& value) {
  return Payload(Encode(value));
}

// Every field set to a value that differs per field.
template <typename T>
T Filled() {
  T out;
  std::apply(
      [&](const auto&... field) {
        (
            [&](const auto& f) {
              auto& member = out.*f.member;
              using M = std::remove_cvref_t<decltype(member)>;
              const std::string value = std::string(f.spec.name) + " \xC3\xAB \"1\"";
              if constexpr (std::is_same_v<M, bool>) {
                member = true;
              } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
                member = {value, "b", value};
              } else {
                member = value;
              }
            }(field),
            ...);
      },
      T::Fields());
  return out;
}

// Only the required fields set; every optional one empty, false or unset.
template <typename T>
T Minimal() {
  T out = Filled<T>();
  std::apply(
      [&](const auto&... field) {
        (
            [&](const auto& f) {
              if (f.spec.presence != Presence::kRequired) out.*f.member = {};
            }(field),
            ...);
      },
      T::Fields());
  return out;
}

template <typename T>
void ExpectRoundTrip(const T& value) {
  const std::string chain = T::kChain == Chain::kSystem ? "system" : "fam_x";
  const Event event = ToEvent(chain, "usr_1", 1764429629123, value);
  EXPECT_EQ(event.type, T::kType);
  auto decoded = Decode<T>(event);
  ASSERT_TRUE(decoded) << T::kType << ": " << decoded.error().message;
  EXPECT_EQ(*decoded, value) << T::kType;
  // Visit finds the same type and hands over the same value.
  int calls = 0;
  auto visited = Visit(event, [&](const auto& typed) -> domain::Status {
    using V = std::remove_cvref_t<decltype(typed)>;
    ++calls;
    if constexpr (std::is_same_v<V, T>) {
      EXPECT_EQ(typed, value);
    } else {
      ADD_FAILURE() << T::kType << " visited as " << V::kType;
    }
    return {};
  });
  EXPECT_TRUE(visited);
  EXPECT_EQ(calls, 1);
}

TEST(EventsTest, EveryTypeRoundTripsFilledAndMinimal) {
  []<typename... T>(TypeList<T...>) {
    (ExpectRoundTrip(Filled<T>()), ...);
    (ExpectRoundTrip(Minimal<T>()), ...);
  }(AllEvents{});
}

TEST(EventsTest, TypeNamesAreUniqueAndTheConstantsMatch) {
  for (std::size_t i = 0; i < kCatalogue.size(); ++i) {
    for (std::size_t j = i + 1; j < kCatalogue.size(); ++j) {
      EXPECT_NE(kCatalogue[i].type, kCatalogue[j].type);
    }
  }
  // issue 10: member.left, member.birth_date_corrected; issue 14: user.disabled, user.enabled,
  // user.team_changed; issue 13: withholding.decided_for; issue 10 items 7-8: team.lead_set,
  // notify.digest_set, account.mail_set; issue 10 item 5: network_member.invited,
  // network_consent.given, network_consent.changed, network_consent.ended; issue 10 item 3:
  // handover.proposed, .accepted, .declined, .withdrawn; issue 11: safety_map.round_opened,
  // .danger_added, .disagreement_added, .strength_added, .goal_added, .score_given; issue 10
  // item 4: emergency_access.opened, .ended, .reviewed; item 6: signal.recorded,
  // signal.deleted, known_elsewhere.checked, join_request.made, .accepted, .declined; issue 11
  // item 2: plan.offered, .offer_answered, .version_written, .conditions_set, .commented; items
  // 3 and 4: meeting.planned, .agenda_added, .held, .child_heard, .agreement_added,
  // .feedback_given, .feedback_changed; issue 12: decision.drafted, .revised, .shared,
  // .view_added, .second_opinion_given, .taken; issue 12 item 3: measure.recorded, .extended,
  // .ended; issue 11 item 5: child_voice.written, .sharing_changed, child_explanation.written;
  // issue 14 item 2: totp.enrolled, .disabled; issue 12 finding 3: measure.deadline_done;
  // issue 14 item 3: file.destroyed, legal_hold.set, .lifted; issue 14 item 1:
  // password_reset.requested, .used, totp.reset, team.renamed; issue 14 item 3 part C:
  // destruction.requested, .answered
  EXPECT_EQ(kCatalogue.size(), 25u + 2u + 3u + 1u + 3u + 4u + 4u + 6u + 3u + 3u + 3u + 5u + 7u +
                                   6u + 3u + 3u + 2u + 1u + 3u + 4u + 2u);
  EXPECT_EQ(types::kMemberAdded, "member.added");
  EXPECT_EQ(types::kConsentEnded, "consent.ended");
}

// --- the payloads as the app wrote them by string key (presence rules included) -------------

TEST(EventsTest, SystemChainPayloadsAreByteIdentical) {
  EXPECT_EQ(Canonical(OrganisationCreated{.id = "org_1", .name = "Gemeente Wolderkamp"}),
            R"({"id":"org_1","name":"Gemeente Wolderkamp"})");
  // Empty phone and e-mail are written as "".
  EXPECT_EQ(Canonical(TeamCreated{.id = "team_1",
                                  .organisation_id = "org_1",
                                  .name = "Wijkteam Noord",
                                  .kind = "local",
                                  .phone = "",
                                  .email = ""}),
            R"({"email":"","id":"team_1","kind":"local","name":"Wijkteam Noord",)"
            R"("organisation_id":"org_1","phone":""})");
  EXPECT_EQ(Canonical(UserCreated{.id = "usr_1",
                                  .username = "wijk.1",
                                  .display_name = "Anna de Vries",
                                  .team_id = "team_1",
                                  .phone = "06 1",
                                  .email = "a@example.nl",
                                  .admin = false}),
            R"({"admin":false,"display_name":"Anna de Vries","email":"a@example.nl",)"
            R"("id":"usr_1","phone":"06 1","team_id":"team_1","username":"wijk.1"})");
  EXPECT_EQ(Canonical(PasswordSet{.user_id = "usr_1"}), R"({"user_id":"usr_1"})");
  EXPECT_EQ(Canonical(TokenIssued{.id = "tok_1",
                                  .user_id = "usr_1",
                                  .name = "koppeling",
                                  .token_sha256 = std::string(64, 'a')}),
            R"({"id":"tok_1","name":"koppeling","token_sha256":")" + std::string(64, 'a') +
                R"(","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(TokenRevoked{.id = "tok_1"}), R"({"id":"tok_1"})");
  EXPECT_EQ(Canonical(TotpEnrolled{.user_id = "usr_1", .credential_id = "totp_1"}),
            R"({"credential_id":"totp_1","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(TotpDisabled{.user_id = "usr_1", .credential_id = "totp_1"}),
            R"({"credential_id":"totp_1","user_id":"usr_1"})");
}

// Issue 14: a token's expiry is written only when set (older tokens read as before), and the
// account life-cycle events.
TEST(EventsTest, AccountLifeCyclePayloads) {
  EXPECT_EQ(Canonical(TokenIssued{.id = "tok_1",
                                  .user_id = "usr_1",
                                  .name = "koppeling",
                                  .token_sha256 = "ab",
                                  .expires_at = "2027-03-01T10:00:00.000Z"}),
            R"({"expires_at":"2027-03-01T10:00:00.000Z","id":"tok_1","name":"koppeling",)"
            R"("token_sha256":"ab","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(UserDisabled{.user_id = "usr_1", .reason = "Uit dienst"}),
            R"({"reason":"Uit dienst","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(UserEnabled{.user_id = "usr_1", .reason = "Terug"}),
            R"({"reason":"Terug","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(UserTeamChanged{.user_id = "usr_1", .team_id = "team_2"}),
            R"({"team_id":"team_2","user_id":"usr_1"})");
  // Issue 14 item 1: the reset link's token is never in the ledger, only its SHA-256.
  EXPECT_EQ(Canonical(PasswordResetRequested{.id = "pwr_1",
                                             .user_id = "usr_1",
                                             .token_sha256 = "ab",
                                             .expires_at = "2027-03-02T10:00:00.000Z"}),
            R"({"expires_at":"2027-03-02T10:00:00.000Z","id":"pwr_1","token_sha256":"ab",)"
            R"("user_id":"usr_1"})");
  EXPECT_EQ(Canonical(PasswordResetUsed{.id = "pwr_1", .user_id = "usr_1"}),
            R"({"id":"pwr_1","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(TotpReset{.user_id = "usr_1", .credential_id = "totp_1", .reason = "Kwijt"}),
            R"({"credential_id":"totp_1","reason":"Kwijt","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(TeamRenamed{.id = "team_1", .name = "Team Noord"}),
            R"({"id":"team_1","name":"Team Noord"})");
}

TEST(EventsTest, FamilyFilePayloadsAreByteIdentical) {
  EXPECT_EQ(Canonical(FamilyCreated{.name = "Familie Jansen"}), R"({"name":"Familie Jansen"})");
  EXPECT_EQ(Canonical(MemberAdded{
                .id = "m1", .name = "Zoë", .role = "child", .birth_date = "2017-03-14"}),
            R"({"birth_date":"2017-03-14","id":"m1","name":"Zoë","role":"child"})");
  EXPECT_EQ(Canonical(CustodySet{.parent_id = "m2", .child_id = "m1", .has_custody = false}),
            R"({"child_id":"m1","has_custody":false,"parent_id":"m2"})");
  EXPECT_EQ(Canonical(InvolvementStarted{
                .user_id = "usr_1", .role = "lead", .reason = "dossier geopend"}),
            R"({"reason":"dossier geopend","role":"lead","user_id":"usr_1"})");
  EXPECT_EQ(Canonical(InvolvementEnded{.user_id = "usr_1", .reason = "x"}),
            R"({"reason":"x","user_id":"usr_1"})");
}

TEST(EventsTest, EntryPayloadsAreByteIdentical) {
  // The golden vector's payload (docs/ledger-format.md §9); no audience: no audience keys, and
  // an empty source is still written.
  EXPECT_EQ(Canonical(EntryAdded{.id = "ent_1",
                                 .kind = "observation",
                                 .source = "huisbezoek",
                                 .text = "Zo\xC3\xAB (7) zegt: \"ik ben blij\".\n\tKlaar/af \\ ok"
                                         "\x01"}),
            "{\"id\":\"ent_1\",\"kind\":\"observation\",\"source\":\"huisbezoek\",\"text\":"
            "\"Zo\xC3\xAB (7) zegt: \\\"ik ben blij\\\".\\n\\tKlaar/af \\\\ ok\\u0001\"}");
  EXPECT_EQ(Canonical(EntryAdded{.id = "ent_1", .kind = "fact", .source = "", .text = "t"}),
            R"({"id":"ent_1","kind":"fact","source":"","text":"t"})");
  EXPECT_EQ(Canonical(EntryAdded{.id = "ent_2",
                                 .kind = "fact",
                                 .source = "s",
                                 .text = "t",
                                 .concerns = {"m3", "m1"},
                                 .confidential_of = "m3"}),
            R"({"concerns":["m3","m1"],"confidential_of":"m3","id":"ent_2","kind":"fact",)"
            R"("source":"s","text":"t"})");
  EXPECT_EQ(Canonical(EntryCorrected{
                .id = "ent_3", .corrects = "ent_1", .kind = "fact", .source = "", .text = "t"}),
            R"({"corrects":"ent_1","id":"ent_3","kind":"fact","source":"","text":"t"})");
}

TEST(EventsTest, WithholdingAndReactionPayloadsAreByteIdentical) {
  EXPECT_EQ(Canonical(WithholdingDecided{.id = "wh_1",
                                         .entry_id = "ent_1",
                                         .member_id = "m2",
                                         .ground = "protects_third_person",
                                         .reason = "r",
                                         .review_date = "2026-01-31"}),
            R"({"entry_id":"ent_1","ground":"protects_third_person","id":"wh_1",)"
            R"("member_id":"m2","reason":"r","review_date":"2026-01-31"})");
  EXPECT_EQ(Canonical(WithholdingRenewed{.id = "wh_1", .review_date = "2026-03-01", .reason = "r"}),
            R"({"id":"wh_1","reason":"r","review_date":"2026-03-01"})");
  EXPECT_EQ(Canonical(WithholdingLifted{.id = "wh_1", .reason = "bezwaar gegrond"}),
            R"({"id":"wh_1","reason":"bezwaar gegrond"})");
  EXPECT_EQ(Canonical(ObjectionFiled{
                .id = "obj_1", .withholding_id = "wh_1", .member_id = "m2", .text = "t"}),
            R"({"id":"obj_1","member_id":"m2","text":"t","withholding_id":"wh_1"})");
  EXPECT_EQ(Canonical(ObjectionAnswered{.id = "obj_1", .answer = "a", .upheld = true}),
            R"({"answer":"a","id":"obj_1","upheld":true})");
  // "Dit klopt": an empty text is written, a deadline only for a correction request.
  EXPECT_EQ(
      Canonical(ReactionAdded{
          .id = "rea_1", .entry_id = "ent_1", .member_id = "m2", .kind = "understood", .text = ""}),
      R"({"entry_id":"ent_1","id":"rea_1","kind":"understood","member_id":"m2","text":""})");
  EXPECT_EQ(Canonical(ReactionAdded{.id = "rea_2",
                                    .entry_id = "ent_1",
                                    .member_id = "m2",
                                    .kind = "correction_request",
                                    .text = "t",
                                    .deadline = "2026-02-28"}),
            R"({"deadline":"2026-02-28","entry_id":"ent_1","id":"rea_2",)"
            R"("kind":"correction_request","member_id":"m2","text":"t"})");
  // correction_entry_id only when accepted.
  EXPECT_EQ(
      Canonical(CorrectionAnswered{.reaction_id = "rea_2", .answer = "nee", .accepted = false}),
      R"({"accepted":false,"answer":"nee","reaction_id":"rea_2"})");
  EXPECT_EQ(
      Canonical(CorrectionAnswered{.reaction_id = "rea_2",
                                   .answer = "ja",
                                   .correction_entry_id = "ent_3",
                                   .accepted = true}),
      R"({"accepted":true,"answer":"ja","correction_entry_id":"ent_3","reaction_id":"rea_2"})");
}

// Issue 13's type: the whole household writes no member_ids; named members no whole_household
// true and the narrowing reason only when given.
TEST(EventsTest, WithholdingForSeveralMembersPayloads) {
  EXPECT_EQ(Canonical(WithholdingDecidedFor{.id = "wh_1",
                                            .entry_id = "ent_1",
                                            .whole_household = true,
                                            .ground = "protects_third_person",
                                            .reason = "r",
                                            .review_date = "2026-01-31"}),
            R"({"entry_id":"ent_1","ground":"protects_third_person","id":"wh_1",)"
            R"("reason":"r","review_date":"2026-01-31","whole_household":true})");
  EXPECT_EQ(Canonical(WithholdingDecidedFor{.id = "wh_2",
                                            .entry_id = "ent_1",
                                            .member_ids = {"m1", "m2"},
                                            .ground = "protects_third_person",
                                            .reason = "r",
                                            .review_date = "2026-01-31",
                                            .narrowing_reason = "n"}),
            R"({"entry_id":"ent_1","ground":"protects_third_person","id":"wh_2",)"
            R"("member_ids":["m1","m2"],"narrowing_reason":"n","reason":"r",)"
            R"("review_date":"2026-01-31","whole_household":false})");
}

TEST(EventsTest, AccountAndConsentPayloadsAreByteIdentical) {
  EXPECT_EQ(Canonical(AccountInvited{.id = "acc_1", .member_id = "m2", .contact = "a@b.nl"}),
            R"({"contact":"a@b.nl","id":"acc_1","member_id":"m2"})");
  EXPECT_EQ(Canonical(AccountActivated{.id = "acc_1"}), R"({"id":"acc_1"})");
  EXPECT_EQ(Canonical(AccountRevoked{.id = "acc_1", .reason = "r"}),
            R"({"id":"acc_1","reason":"r"})");
  // valid_until only when given.
  EXPECT_EQ(Canonical(ConsentGiven{.id = "cns_1", .young_person_id = "m1", .member_id = "m2"}),
            R"({"id":"cns_1","member_id":"m2","young_person_id":"m1"})");
  EXPECT_EQ(
      Canonical(ConsentGiven{
          .id = "cns_1", .young_person_id = "m1", .member_id = "m2", .valid_until = "2026-12-31"}),
      R"({"id":"cns_1","member_id":"m2","valid_until":"2026-12-31","young_person_id":"m1"})");
  EXPECT_EQ(Canonical(ConsentEnded{.id = "cns_1"}), R"({"id":"cns_1"})");
}

// --- reading back: the projectors' words ----------------------------------------------------

Event Raw(std::string_view type, boost::json::object payload, std::string chain = "fam_x") {
  Event e;
  e.chain = std::move(chain);
  e.seq = 3;
  e.type = std::string(type);
  e.actor = "usr_1";
  e.payload = std::move(payload);
  return e;
}

void ExpectFieldError(const domain::Error& error, const std::string& message,
                      const std::string& field, const std::string& what) {
  EXPECT_EQ(error.code, domain::Code::kInvalidArgument);
  EXPECT_EQ(error.message, message);
  ASSERT_EQ(error.fields.size(), 1u);
  EXPECT_EQ(error.fields[0].field, field);
  EXPECT_EQ(error.fields[0].message, what);
}

TEST(EventsTest, AMissingRequiredFieldIsNamed) {
  auto r = Decode<MemberAdded>(
      Raw(types::kMemberAdded, {{"id", "m1"}, {"role", "child"}, {"birth_date", "2017-03-14"}}));
  ASSERT_FALSE(r);
  ExpectFieldError(r.error(), "event 3 of fam_x (member.added): payload field 'name' is required",
                   "payload.name", "is required");
  // null reads as missing.
  r = Decode<MemberAdded>(
      Raw(types::kMemberAdded,
          {{"id", "m1"}, {"name", nullptr}, {"role", "child"}, {"birth_date", "2017-03-14"}}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "payload.name");
}

TEST(EventsTest, TheFirstBadFieldInListOrderIsReported) {
  // Both id and name are missing: id comes first, as the projectors read it.
  auto r = Decode<OrganisationCreated>(Raw(types::kOrganisationCreated, {}, "system"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "payload.id");
  // The optional admin flag is read after the strings.
  auto u = Decode<UserCreated>(
      Raw(types::kUserCreated, {{"id", "u"}, {"username", "n"}, {"admin", "yes"}}, "system"));
  ASSERT_FALSE(u);
  EXPECT_EQ(u.error().fields.at(0).field, "payload.display_name");
}

TEST(EventsTest, WrongTypesAndEmptyRequiredStringsAreRefused) {
  auto r = Decode<FamilyCreated>(Raw(types::kFamilyCreated, {{"name", 7}}));
  ASSERT_FALSE(r);
  ExpectFieldError(r.error(),
                   "event 3 of fam_x (family.created): payload field 'name' must be a string",
                   "payload.name", "must be a string");
  r = Decode<FamilyCreated>(Raw(types::kFamilyCreated, {{"name", ""}}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).message, "must not be empty");

  auto answered = Decode<ObjectionAnswered>(
      Raw(types::kObjectionAnswered, {{"id", "o"}, {"answer", "a"}, {"upheld", "true"}}));
  ASSERT_FALSE(answered);
  ExpectFieldError(answered.error(),
                   "event 3 of fam_x (objection.answered): payload field 'upheld' must be true or "
                   "false",
                   "payload.upheld", "must be true or false");
  // A required flag must be there; an optional one reads as false.
  answered =
      Decode<ObjectionAnswered>(Raw(types::kObjectionAnswered, {{"id", "o"}, {"answer", "a"}}));
  ASSERT_FALSE(answered);
  EXPECT_EQ(answered.error().fields.at(0).message, "is required");
  auto custody =
      Decode<CustodySet>(Raw(types::kCustodySet, {{"parent_id", "p"}, {"child_id", "c"}}));
  ASSERT_TRUE(custody);
  EXPECT_FALSE(custody->has_custody);
}

TEST(EventsTest, OptionalFieldsReadMissingOrNullAsEmpty) {
  auto team = Decode<TeamCreated>(Raw(
      types::kTeamCreated,
      {{"id", "t"}, {"organisation_id", "o"}, {"name", "n"}, {"kind", "local"}, {"phone", nullptr}},
      "system"));
  ASSERT_TRUE(team) << team.error().message;
  EXPECT_EQ(team->phone, "");
  EXPECT_EQ(team->email, "");
  auto entry = Decode<EntryAdded>(Raw(
      types::kEntryAdded, {{"id", "e"}, {"kind", "fact"}, {"text", "t"}, {"concerns", nullptr}}));
  ASSERT_TRUE(entry) << entry.error().message;
  EXPECT_TRUE(entry->concerns.empty());
  EXPECT_FALSE(entry->confidential_of);
  // An optional string may be empty; only a required one may not.
  entry = Decode<EntryAdded>(
      Raw(types::kEntryAdded, {{"id", "e"}, {"kind", "fact"}, {"text", "t"}, {"source", ""}}));
  ASSERT_TRUE(entry);
  // A present confidential_of is kept even when empty: the projector judges the member id.
  entry = Decode<EntryAdded>(Raw(
      types::kEntryAdded, {{"id", "e"}, {"kind", "fact"}, {"text", "t"}, {"confidential_of", ""}}));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->confidential_of, std::optional<std::string>(""));
}

TEST(EventsTest, TheAudienceOfAnEntryHasItsOwnWords) {
  const boost::json::object base{{"id", "e"}, {"kind", "fact"}, {"text", "t"}};
  auto with = [&](std::string_view key, boost::json::value value) {
    boost::json::object payload = base;
    payload[key] = std::move(value);
    return Raw(types::kEntryAdded, std::move(payload));
  };
  auto r = Decode<EntryAdded>(with("concerns", "m1"));
  ASSERT_FALSE(r);
  ExpectFieldError(r.error(),
                   "event 3 of fam_x (entry.added): payload field 'concerns' must be an array",
                   "payload.concerns", "must be an array");
  r = Decode<EntryAdded>(with("concerns", boost::json::array{"m1", 2}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).message, "must hold member ids (strings)");
  r = Decode<EntryAdded>(with("confidential_of", false));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message,
            "event 3 of fam_x (entry.added): payload field 'confidential_of' must be a member id");
}

TEST(EventsTest, AnEventOnTheWrongChainIsRefused) {
  auto r = Decode<TokenRevoked>(Raw(types::kTokenRevoked, {{"id", "tok_1"}}, "fam_x"));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, domain::Code::kInvalidArgument);
  EXPECT_EQ(r.error().message, "event 3 of fam_x (token.revoked): belongs on the system chain");
  auto f = Decode<FamilyCreated>(Raw(types::kFamilyCreated, {{"name", "n"}}, "system"));
  ASSERT_FALSE(f);
  EXPECT_EQ(f.error().message,
            "event 3 of system (family.created): belongs on a family chain, not on system");
}

TEST(EventsTest, DecodingAsAnotherTypeIsRefused) {
  auto r = Decode<FamilyCreated>(Raw(types::kMemberAdded, {{"name", "n"}}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, domain::Code::kInvalidArgument);
  EXPECT_EQ(r.error().message, "event 3 of fam_x (member.added): cannot be read as family.created");
}

// A projector in miniature: two types of its own, one answer for the rest.
struct Projector {
  std::string seen;
  domain::Status operator()(const MemberAdded& m) {
    seen = "member " + m.name;
    return {};
  }
  domain::Status operator()(const FamilyCreated& f) {
    seen = "family " + f.name;
    return {};
  }
  domain::Status operator()(const auto&) { return domain::Fail(domain::Code::kInternal, "other"); }
};

TEST(EventsTest, VisitCallsTheOverloadOfTheTypeOrFails) {
  Projector projector;
  EXPECT_TRUE(Visit(Raw(types::kFamilyCreated, {{"name", "Jansen"}}), projector));
  EXPECT_EQ(projector.seen, "family Jansen");
  EXPECT_TRUE(Visit(Raw(types::kMemberAdded,
                        {{"id", "m1"}, {"name", "Zoë"}, {"role", "child"}, {"birth_date", "x"}}),
                    projector));
  EXPECT_EQ(projector.seen, "member Zoë");
  auto other = Visit(Raw(types::kConsentEnded, {{"id", "c"}}), projector);
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().message, "other");

  auto unknown = Visit(Raw("member.teleported", {}), projector);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, domain::Code::kInvalidArgument);
  EXPECT_EQ(unknown.error().message, "event 3 of fam_x (member.teleported): unknown event type");
  // A bad payload never reaches the overload.
  projector.seen.clear();
  EXPECT_FALSE(Visit(Raw(types::kFamilyCreated, {}), projector));
  EXPECT_EQ(projector.seen, "");
  // Visit can also produce a value.
  auto name =
      Visit(Raw(types::kFamilyCreated, {{"name", "Jansen"}}),
            [](const auto& e) -> domain::Result<std::string> { return std::string(e.kType); });
  ASSERT_TRUE(name);
  EXPECT_EQ(*name, "family.created");
}

}  // namespace
}  // namespace stip::ledger::events
