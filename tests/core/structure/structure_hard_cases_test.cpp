// Hard cases of the heading tree and the lists in it, one short text each.
#include <doctest/doctest.h>

#include "structure/headings.h"

using namespace gouji;

namespace {

std::vector<Heading> headings(const char* s) { return read_headings(Text::from_utf8(s), {}); }

}  // namespace

TEST_CASE("structure hard case: a space after the marker and a heading ending in 。") {
  // Report 002 writes "1. 资产负债及净资产情况" and "1.部门绩效总目标 。"; report 000 "（2） 支出分类情况".
  auto h = headings("（三）部门财务情况\n\n1. 资产负债及净资产情况\n\n2. 部门整体收支情况\n\n（2） 支出分类情况\n");
  REQUIRE(h.size() == 4);
  CHECK(h[1].style == MarkerStyle::ArabicDot);
  CHECK(h[1].title == "资产负债及净资产情况");
  CHECK(h[1].parent == 0);
  CHECK(h[2].number == 2);
  CHECK(h[3].style == MarkerStyle::ArabicParen);
  CHECK(h[3].title == "支出分类情况");
}

TEST_CASE("structure hard case: a decimal or a percentage at a line start is not a marker") {
  CHECK(headings("1.4%的增幅来自门诊。\n\n2.5万元用于培训。\n").empty());
  auto h = headings("1.数量指标。基本公共卫生服务覆盖人口数量79.89万人；\n2.质量指标。公共卫生工作达标率100%。\n");
  REQUIRE(h.size() == 2);
  CHECK(h[0].title == "数量指标");
  CHECK(h[1].number == 2);
}

TEST_CASE("structure hard case: a list restarts under each parent and the tree follows") {
  auto h = headings("一、部门基本情况\n\n（一）部门职责\n\n1、贯彻执行。\n\n2、负责。\n\n（二）机构设置情况\n\n1、办公室。\n\n二、部门整体支出\n");
  REQUIRE(h.size() == 7);
  CHECK(h[4].number == 2);       // （二）
  CHECK(h[4].parent == 0);
  CHECK(h[5].number == 1);       // 1、 again, under （二）
  CHECK(h[5].parent == 4);
  CHECK(h[6].parent == kNone);   // 二、
  CHECK(h[6].depth == 0);
}

TEST_CASE("structure hard case: 一是/二是 ordinals, not headings, and never read inside a word") {
  auto text = Text::from_utf8("1.深化医改再上新台阶。一是紧密型县域医共体建设有效推进。二是优质医疗资源有效下沉。三是电子化支付有序开通。\n");
  auto o = read_inline_ordinals(text);
  REQUIRE(o.size() == 3);
  CHECK(o[0].text == "一是");
  CHECK(o[2].number == 3);
  CHECK(headings("1.深化医改再上新台阶。一是紧密型县域医共体建设有效推进。\n").size() == 1);
}
