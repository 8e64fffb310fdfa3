#pragma once
// Reads every quantity in the text: Arabic numbers (ASCII or full-width, thousands separators,
// decimal points) with their unit, approximation markers, target comparators and label.
// Dates, years, periods, codes, document numbers and list markers are not quantities.
#include <vector>

#include "numbers/quantity.h"
#include "text/text.h"

namespace gouji {

std::vector<Quantity> read_quantities(const Text& text);

}  // namespace gouji
