// The chain writer's fold: the core projector on the port of the write in progress.
#include <memory>

#include "store/core/chain_writer.h"
#include "store/core/core_store.h"
#include "store/core/projector.h"

namespace stip::store::core {

namespace {

class ProjectorFolder final : public Folder {
 public:
  explicit ProjectorFolder(SqlPort& port) : projector_(port) {}
  Status Apply(const ledger::Event& event) override { return projector_.Apply(event); }
  Status Flush() override { return projector_.Flush(); }

 private:
  Projector projector_;
};

}  // namespace

std::unique_ptr<Folder> CoreStore::NewFolder(SqlPort& port) {
  return std::make_unique<ProjectorFolder>(port);
}

}  // namespace stip::store::core
