// Figure extractor stage: see figures.h. (Placeholder until the figures issue lands.)
#include "analyze/figures.h"

namespace analyze {

struct FigureExtractor::Impl {};

FigureExtractor::FigureExtractor() : impl_(std::make_unique<Impl>()) {}
FigureExtractor::~FigureExtractor() = default;
FigureExtractor::FigureExtractor(FigureExtractor&&) noexcept = default;

void FigureExtractor::extract(std::string_view, const TokenizedText&, std::vector<Figure>&) const {}

}  // namespace analyze
