#pragma once
// 文号: the number of an official document ("财农〔2024〕12号", "某财预[2023]5号"), read where the
// text cites it. An allocation names its document, so the same 文号 in two places is one
// allocation (checks/restatement_checks.cpp, R15).
#include <cstddef>
#include <string>
#include <vector>

#include "text/text.h"

namespace gouji {

struct DocNumber {
  std::size_t start = 0, end = 0;  // the whole 文号 with its issuer's abbreviation, code points
  std::u32string key;              // issuer + year + number, brackets dropped: one document
};

// Linear: one pass over the text, a bounded look back for the issuer.
std::vector<DocNumber> read_doc_numbers(const Text& text);

}  // namespace gouji
