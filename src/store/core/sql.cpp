#include "store/core/sql.h"

#include <cctype>

namespace stip::store::core {

Result<Savepoint> Savepoint::Begin(SqlPort& port) {
  if (auto status = port.Exec("SAVEPOINT stip_item"); !status) {
    return tl::unexpected(status.error());
  }
  return Savepoint(&port);
}

Savepoint::~Savepoint() {
  if (port_ == nullptr) return;
  // Best effort: when the connection is gone the engine's transaction rolls back as a whole.
  (void)port_->Exec("ROLLBACK TO SAVEPOINT stip_item");
  (void)port_->Exec("RELEASE SAVEPOINT stip_item");
}

Status Savepoint::Release() {
  SqlPort* port = port_;
  if (port == nullptr) return tl::unexpected(Error::Internal("savepoint already finished"));
  if (auto status = port->Exec("RELEASE SAVEPOINT stip_item"); !status) return status;
  port_ = nullptr;
  return {};
}

std::string ToSqlitePlaceholders(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char quote = 0;  // inside '...' or "..."
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      out += c;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out += c;
      continue;
    }
    if (c == '$' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      out += '?';
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace stip::store::core
