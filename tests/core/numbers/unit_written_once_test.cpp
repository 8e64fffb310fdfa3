// A unit written once at the end of a 、 list of figures ("分别为300、200、150万元") is the unit of
// every figure of the list (numbers/number_reader.cpp, unit_written_once).
#include <doctest/doctest.h>

#include "numbers/number_reader.h"

using namespace gouji;

namespace {
std::vector<Quantity> read(const char* s) { return read_quantities(Text::from_utf8(s)); }
}  // namespace

TEST_CASE("unit written once: every figure of a 、 list takes the unit written after the last") {
  auto qs = read("各站点分别投入85.5、60、 42.25万元，服务人数分别为1200、980、1500人次。");
  REQUIRE(qs.size() == 6);
  for (int k = 0; k < 3; ++k) {
    CHECK(qs[k].kind() == UnitKind::Money);
    CHECK(qs[k].unit == qs[2].unit);
  }
  CHECK(qs[0].normalized() == Decimal::parse("855000").value());
  CHECK(qs[3].kind() == qs[5].kind());
  CHECK(qs[3].unit == qs[5].unit);
}

TEST_CASE("unit written once: only figures joined by a bare 、 share the unit") {
  // 45 is followed by 、 and words, not by a figure: it keeps no unit; "1、" is an item marker.
  auto qs = read("主要做法：1、加强预算管理；新增设备45、人员若干，共支出6万元。");
  bool seen = false;
  for (const auto& q : qs) {
    if (q.text == "45") { seen = true; CHECK(q.kind() == UnitKind::None); }
    CHECK(q.text != "1");
  }
  CHECK(seen);
}
