// Claim stage: see claims.h. (Placeholder until the claims issue lands.)
#include "analyze/claims.h"

namespace analyze {

struct ClaimExtractor::Impl {};

ClaimExtractor::ClaimExtractor() : impl_(std::make_unique<Impl>()) {}
ClaimExtractor::~ClaimExtractor() = default;
ClaimExtractor::ClaimExtractor(ClaimExtractor&&) noexcept = default;

void ClaimExtractor::extract(std::string_view, const TokenizedText&, const std::vector<Entity>&, std::vector<Figure>&,
                             std::vector<Claim>&) const {}

}  // namespace analyze
