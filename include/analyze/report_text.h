// The readable text report of one Document: what a reader wants at a
// glance (entities by type, figures, claims by subject, comparisons).
#pragma once

#include <ostream>

#include "analyze/document.h"

namespace analyze {

// Writes the text report of `doc`; `color` adds ANSI colors.
void write_text_report(std::ostream& out, const Document& doc, bool color);

}  // namespace analyze
