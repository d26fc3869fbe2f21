// docs/ledger-format.md §10 is the contract for third parties: it must list exactly the event
// types of src/ledger/events.h, each on its chain, with exactly its fields, their kinds and
// whether they are required, optional, or omitted when empty.
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "ledger/events.h"

namespace stip::ledger::events {
namespace {

struct DocField {
  Presence presence = Presence::kRequired;
  Kind kind = Kind::kString;
  bool operator==(const DocField&) const = default;
};

struct DocType {
  Chain chain = Chain::kFamily;
  std::map<std::string, DocField> fields;
};

std::string Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

// Splits a table row on '|' that is not escaped as "\|".
std::vector<std::string> Cells(std::string_view row) {
  std::vector<std::string> cells;
  std::string cell;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (row[i] == '|' && row[i - 1] != '\\') {
      cells.push_back(Trim(cell));
      cell.clear();
    } else {
      cell += row[i];
    }
  }
  return cells;
}

// Splits a fields cell on the commas outside backticks and parentheses.
std::vector<std::string> Items(std::string_view cell) {
  std::vector<std::string> items;
  std::string item;
  bool code = false;
  int depth = 0;
  for (char c : cell) {
    if (c == '`') code = !code;
    if (!code && c == '(') ++depth;
    if (!code && c == ')') --depth;
    if (c == ',' && !code && depth == 0) {
      items.push_back(Trim(item));
      item.clear();
    } else {
      item += c;
    }
  }
  if (!Trim(item).empty()) items.push_back(Trim(item));
  return items;
}

std::string FirstCode(std::string_view text) {
  const auto open = text.find('`');
  const auto close = text.find('`', open + 1);
  if (open == std::string_view::npos || close == std::string_view::npos) return {};
  return std::string(text.substr(open + 1, close - open - 1));
}

DocField ParseField(const std::string& item) {
  DocField field;
  if (item.find("(optional, omitted when empty)") != std::string::npos) {
    field.presence = Presence::kIfSet;
  } else if (item.find("(optional)") != std::string::npos) {
    field.presence = Presence::kOptional;
  }
  if (item.find(": boolean") != std::string::npos) field.kind = Kind::kBool;
  if (item.find(": [") != std::string::npos) field.kind = Kind::kStringList;
  return field;
}

// §10 of the document: its types by name.
std::map<std::string, DocType> ReadSection(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in) << "cannot read " << path;
  std::map<std::string, DocType> types;
  bool in_section = false;
  Chain chain = Chain::kFamily;
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("## ")) in_section = line.starts_with("## 10. Event types");
    if (!in_section) continue;
    if (line.starts_with("### System chain")) chain = Chain::kSystem;
    if (line.starts_with("### Family chains")) chain = Chain::kFamily;
    if (!line.starts_with("| `")) continue;
    const auto cells = Cells(line);
    EXPECT_EQ(cells.size(), 3u) << line;
    if (cells.size() < 2) continue;
    const std::string type = FirstCode(cells[0]);
    EXPECT_FALSE(types.count(type)) << type << " is listed twice";
    DocType& doc = types[type];
    doc.chain = chain;
    for (const auto& item : Items(cells[1])) {
      const std::string name = FirstCode(item);
      EXPECT_FALSE(name.empty()) << type << ": no field name in '" << item << "'";
      EXPECT_FALSE(doc.fields.count(name)) << type << "." << name << " is listed twice";
      doc.fields[name] = ParseField(item);
    }
  }
  return types;
}

const char* PresenceName(Presence p) {
  switch (p) {
    case Presence::kRequired:
      return "required";
    case Presence::kOptional:
      return "(optional)";
    case Presence::kIfSet:
      return "(optional, omitted when empty)";
  }
  return "?";
}

TEST(LedgerFormatDocTest, ListsExactlyTheEventTypesAndFieldsOfTheCode) {
  const auto documented = ReadSection(std::string(STIP_SOURCE_DIR) + "/docs/ledger-format.md");
  ASSERT_FALSE(documented.empty()) << "no event types found in §10";

  for (const TypeInfo& type : kCatalogue) {
    const std::string name(type.type);
    const auto it = documented.find(name);
    if (it == documented.end()) {
      ADD_FAILURE() << name << " is not in docs/ledger-format.md §10";
      continue;
    }
    EXPECT_EQ(it->second.chain, type.chain) << name << " is documented on the other chain";
    std::map<std::string, DocField> code;
    for (const FieldInfo& field : type.fields) {
      code[std::string(field.name)] = {field.presence, field.kind};
    }
    for (const auto& [field, info] : code) {
      const auto doc = it->second.fields.find(field);
      if (doc == it->second.fields.end()) {
        ADD_FAILURE() << name << "." << field << " is not documented";
        continue;
      }
      EXPECT_EQ(doc->second.presence, info.presence)
          << name << "." << field << " is " << PresenceName(info.presence) << " in the code, "
          << PresenceName(doc->second.presence) << " in the document";
      EXPECT_EQ(doc->second.kind, info.kind) << name << "." << field << ": another kind";
    }
    for (const auto& [field, info] : it->second.fields) {
      EXPECT_TRUE(code.count(field)) << name << "." << field << " is documented but not in code";
    }
  }
  for (const auto& [name, doc] : documented) {
    bool known = false;
    for (const TypeInfo& type : kCatalogue) known = known || type.type == name;
    EXPECT_TRUE(known) << name << " is documented but not a type in src/ledger/events.h";
  }
}

}  // namespace
}  // namespace stip::ledger::events
