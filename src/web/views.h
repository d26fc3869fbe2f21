// How domain values read on a page: role and kind names from the catalogue,
// ages, phone links and the plain-language sentences of the access log.
#pragma once

#include <string>
#include <string_view>

#include "app/stip.h"
#include "domain/model.h"

namespace stip::web {

// "lead" -> "vast gezicht", "duo" -> "duo-partner", "admin" -> "beheerder".
std::string InvolvementRoleText(std::string_view locale, std::string_view role);
std::string MemberRoleText(std::string_view locale, std::string_view role);  // "child" -> "kind"
std::string MemberRoleText(std::string_view locale, domain::MemberRole role);
// A reader's role on an access-log line, professional or family: "lead" -> "vast gezicht",
// "emergency" -> "noodtoegang", "parent" -> "ouder", "child" -> "kind".
std::string ReaderRoleText(std::string_view locale, std::string_view role);
std::string EntryKindText(std::string_view locale, domain::EntryKind kind);  // "Feit"
std::string EntryKindHint(std::string_view locale, domain::EntryKind kind);
// "12 jaar" / "1 year".
std::string AgeText(std::string_view locale, int years);

// "030 - 123 45 67" -> "tel:0301234567"; keeps digits and a leading "+", drops a "(0)".
// "" when there are no digits.
std::string PhoneHref(std::string_view phone);

// One access-log line as a sentence, split around the moment so that the page can put it in
// a <time> element: before + when + after reads "Op 3 maart 2026 om 14:05 las Sanne de Vries
// (Wijkteam Noord, vast gezicht) het gezinsdossier. Reden: hulpverlening." The full name, not
// "S. de Vries": the family must be able to tell who it was.
struct AccessSentence {
  std::string before;
  std::string when;  // "3 maart 2026 om 14:05"
  std::string after;
  std::string iso;  // "2026-03-03T14:05+01:00"
};
AccessSentence DescribeAccess(std::string_view locale, const app::AccessLogLine& line);

// Why a file was read, in words (issue 10 item 9): "overdracht" -> "overdracht van het dossier"
// / "handing over the file". A purpose Stip does not know (older lines were free text) reads as
// it was written.
std::string PurposeText(std::string_view locale, std::string_view purpose);

}  // namespace stip::web
