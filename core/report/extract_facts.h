#pragma once
// The facts layer of `gouji extract` (frames, breakdowns, targets, budget roles): every fact a
// check can read, beside the numbers, headings and tables of extract_json.h. Each writes one
// key's value; the document writer places them in key order.
#include <cstddef>

#include "checks/check.h"
#include "report/json_writer.h"
#include "text/pdf_join.h"

namespace gouji {

// {"start","end"} of a code-point range of the reading, in UTF-16 units of the original text.
struct SpanWriter {
  const Text& original;
  const OriginMap& map;
  void operator()(JsonWriter& w, std::size_t b, std::size_t e) const {
    w.begin_object().kunum("end", original.utf16(map.end(b, e))).kunum("start", original.utf16(map.start(b))).end_object();
  }
};

void write_frames(JsonWriter& w, const Facts& facts, const SpanWriter& span);
void write_breakdowns(JsonWriter& w, const Facts& facts, const SpanWriter& span);
void write_targets(JsonWriter& w, const Facts& facts, const SpanWriter& span);
void write_budget_facts(JsonWriter& w, const Facts& facts, const SpanWriter& span);

}  // namespace gouji
