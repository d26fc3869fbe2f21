// The message catalogue: complete in both languages, and every key a template uses exists.
#include "web/messages.h"

#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "web/embedded.h"

namespace stip::web {
namespace {

std::set<std::string> Placeholders(std::string_view text) {
  static const std::regex kPlaceholder(R"(\{([a-z_]+)\})");
  std::set<std::string> names;
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kPlaceholder);
       it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1].str());
  }
  return names;
}

TEST(MessagesTest, EveryKeyHasDutchAndEnglishText) {
  ASSERT_GT(Catalogue().size(), 100u);
  for (const Message& m : Catalogue()) {
    EXPECT_FALSE(m.nl.empty()) << m.key << " has no Dutch text";
    EXPECT_FALSE(m.en.empty()) << m.key << " has no English text";
  }
}

TEST(MessagesTest, KeysAreUnique) {
  std::set<std::string_view> seen;
  for (const Message& m : Catalogue()) EXPECT_TRUE(seen.insert(m.key).second) << m.key;
}

TEST(MessagesTest, BothLanguagesUseTheSamePlaceholders) {
  for (const Message& m : Catalogue()) {
    EXPECT_EQ(Placeholders(m.nl), Placeholders(m.en)) << m.key;
  }
}

TEST(MessagesTest, EveryMessageATemplateUsesExists) {
  static const std::regex kUse(R"(\{\{[#^/]?t\.([a-z0-9_]+)\}\})");
  int uses = 0;
  for (const EmbeddedFile& f : EmbeddedTemplates()) {
    const std::string text(f.data);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kUse);
         it != std::sregex_iterator(); ++it) {
      ++uses;
      EXPECT_NE(Text("nl", (*it)[1].str()), kMissingMessage)
          << f.name << " uses t." << (*it)[1].str();
    }
  }
  EXPECT_GT(uses, 50);
}

TEST(MessagesTest, LooksUpByLocaleWithDutchAsDefault) {
  EXPECT_EQ(Text("nl", "logout"), "Uitloggen");
  EXPECT_EQ(Text("en", "logout"), "Log out");
  EXPECT_EQ(Text("fr", "logout"), "Uitloggen");
  EXPECT_EQ(Text("nl", "no_such_key"), kMissingMessage);
  EXPECT_EQ(NormalLocale("en"), "en");
  EXPECT_EQ(NormalLocale(""), "nl");
}

TEST(MessagesTest, FillReplacesNamedPlaceholdersOnce) {
  EXPECT_EQ(Fill("{a} en {b}", {{"a", "Eva"}, {"b", "{a}"}}), "Eva en {a}");
  EXPECT_EQ(Fill("{onbekend} blijft", {{"a", "x"}}), "{onbekend} blijft");
  EXPECT_EQ(Fill("open {", {}), "open {");
  EXPECT_EQ(Fill("", {}), "");
}

}  // namespace
}  // namespace stip::web
