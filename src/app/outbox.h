// The outbox: how Stip sends a message to a family member (one-time codes, invitations). An
// app-level interface; adapters in src/notify/ write files (demo) or talk SMTP (production).
#pragma once

#include <string>

#include "domain/error.h"
#include "domain/time.h"

namespace stip::app {

struct Mail {
  std::string to;       // one e-mail address
  std::string subject;  // plain text, one line
  std::string body;     // plain text, Dutch first and English second
  domain::Millis created_at = 0;
};

class Outbox {
 public:
  virtual ~Outbox() = default;
  // Hands the message over for delivery; Unavailable when the relay or disk refuses it.
  virtual domain::Status Send(const Mail& mail) = 0;
  // Whether a mail handed over leaves this server for its addressee (SMTP). The file outbox
  // only writes it to a directory here; a link with a secret must not be "sent" that way
  // outside demo mode (issue 14, privacy review).
  virtual bool Delivers() const { return false; }
};

}  // namespace stip::app
