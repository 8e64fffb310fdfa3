#include <doctest/doctest.h>

#include "facts/breakdown.h"
#include "numbers/number_reader.h"

using namespace gouji;

static std::vector<Breakdown> find(const char* s, std::vector<Quantity>& qs) {
  Text t = Text::from_utf8(s);
  qs = read_quantities(t);
  return find_breakdowns(t, qs);
}

TEST_CASE("a total followed by 其中 collects the parts up to the end of the sentence") {
  std::vector<Quantity> qs;
  auto b = find("全年支出总计14092.87万元，其中基本支出6896.6万元，项目支出7196.27万元。另有收入5万元。", qs);
  REQUIRE(b.size() == 1);
  CHECK(qs[b[0].total].value.to_string() == "14092.87");
  CHECK(b[0].parts.size() == 2);
}

TEST_CASE("carry-overs appended to a list are not parts") {
  std::vector<Quantity> qs;
  auto b = find("决算支出100万元，其中，一般公共服务支出60万元，卫生健康支出40万元，年末结转和结余20.78万元。", qs);
  REQUIRE(b.size() == 1);
  CHECK(b[0].parts.size() == 2);
  CHECK(b[0].excluded.size() == 1);
}

TEST_CASE("包括 and 分别为 introduce parts too; other units are commentary") {
  std::vector<Quantity> qs;
  auto b = find("培训经费30万元，包括讲课费10万元（占33.3%）、场地费20万元。", qs);
  REQUIRE(b.size() == 1);
  CHECK(b[0].parts.size() == 2);
  auto c = find("医疗纠纷30起，其中14起协商解决，11起调解成功，1起行政调解成功，4起进入司法程序。", qs);
  REQUIRE(c.size() == 1);
  CHECK(c[0].parts.size() == 4);
}

TEST_CASE("no breakdown without a trigger right after the total, or with a single part") {
  std::vector<Quantity> qs;
  CHECK(find("收入100万元，支出60万元，结余40万元。", qs).empty());
  CHECK(find("支出100万元，其中人员经费60万元。", qs).empty());
}

TEST_CASE("a sentence opening with \"<label>中，\" breaks down the figure stated before under that label") {
  std::vector<Quantity> qs;
  auto b = find("全年支出总计14092.87万元，其中基本支出6896.6万元，项目支出7196.27万元。项目支出中，中医正骨医院改扩建项目拨付至项目指挥部金额6180.49万元，抗疫特别国债支出1015.78万元。", qs);
  REQUIRE(b.size() == 2);
  CHECK(qs[b[1].total].value.to_string() == "7196.27");
  CHECK(b[1].parts.size() == 2);
  // A "中" that refers to nothing stated before is not a breakdown.
  CHECK(find("工作中，完成培训30人次，检查50人次。", qs).empty());
}

TEST_CASE("累计 after its parts totals them only when it measures what they measure") {
  std::vector<Quantity> qs;
  // 累计…投资 after three batches' 投资: their total.
  auto b = find("首期工程批复投资512.4万元，二期工程批复投资301.6万元，累计批复投资814.0万元。", qs);
  REQUIRE(b.size() == 1);
  CHECK(qs[b[0].total].value.to_string() == "814");
  CHECK(b[0].parts.size() == 2);
  // 加上 … 收入累计: the income total, as with 合计.
  auto p = find("本年收入完成52.3亿元。加上上级补助收入7.7亿元，收入累计60.0亿元。", qs);
  REQUIRE(p.size() == 1);
  CHECK(p[0].parts.size() == 2);
  // A running count of another measure after a list is no total of it.
  CHECK(find("排查返乡人员820人，境外返回人员41人，累计开展随访1377人。", qs).empty());
}

TEST_CASE("an 另有/此外 figure after the parts is beside the list, though its label sheds the word") {
  // The label reader drops a leading 另有 ("另有返聘人员12人" is labelled 返聘人员): the clause says it.
  std::vector<Quantity> qs;
  auto b = find("全所现有职工48人，其中：正式职工35人，劳务派遣10人，见习人员3人，另有返聘人员12人。", qs);
  REQUIRE(b.size() == 1);
  CHECK(b[0].parts.size() == 3);  // 35 + 10 + 3 = 48
  CHECK(b[0].excluded.size() == 1);
  b = find("全所现有职工48人，其中：正式职工35人，劳务派遣10人，见习人员3人，此外返聘人员12人。", qs);
  REQUIRE(b.size() == 1);
  CHECK(b[0].parts.size() == 3);
  // Near miss: a part whose own name holds no aside word is still a part.
  b = find("全所现有职工60人，其中：正式职工35人，劳务派遣10人，见习人员3人，返聘人员12人。", qs);
  REQUIRE(b.size() == 1);
  CHECK(b[0].parts.size() == 4);
}
