#include <doctest/doctest.h>

#include "facts/targets.h"
#include "numbers/number_reader.h"
#include "structure/headings.h"
#include "structure/tables.h"
#include "test_support.h"

using namespace gouji;

namespace {

struct Read {
  Text text;
  std::vector<Quantity> qs;
  Document doc;
  TargetFacts tf;
};

Read read(const std::string& s) {
  Read r;
  r.text = Text::from_utf8(s);
  r.qs = read_quantities(r.text);
  read_tables(r.text, r.doc);
  r.doc.headings = read_headings(r.text, r.doc.table_lines);
  r.tf = read_targets(r.text, r.qs, r.doc);
  return r;
}

const TargetPair* pair_named(const Read& r, const std::string& name) {
  for (const auto& p : r.tf.pairs)
    if (r.tf.targets[p.target].name == name) return &p;
  return nullptr;
}

std::string actual_of(const Read& r, const TargetPair& p) {
  return p.actual == kNone ? "" : value_text(r.text, r.tf.actuals[p.actual], r.qs);
}

// Report 002's layout: targets under "（四）部门绩效目标", actuals under "（一）部门产出指标完成情况".
const char* kDept =
    "（四）部门绩效目标\n\n"
    "1.部门绩效总目标 。\n\n"
    "覆盖城乡居民的基本医疗卫生制度基本建立；县级公立医院改革全面完成，个人就医负担明显减轻；健康服务体系持续完善。\n\n"
    "2.部门2024年度绩效目标\n"
    "1.数量指标。基本公共卫生服务覆盖人口数量79.89万人；免费婚前医学检查3200对；免费两癌检查数量16000人；"
    "病媒生物防治达到上级考核标准；严重精神障碍患者监护人看护管理人数655人。\n\n"
    "2.质量指标。公共卫生工作达标率100%。\n\n"
    "3.效益指标。提高受益对象经济收入；促进社会和谐。\n\n"
    "4.满意度。医务人员满意度90%以上。\n\n"
    "二、 一般公共预算支出情况\n\n"
    "2024年基本支出决算7726.15万元。\n\n"
    "三、 部门整体支出绩效情况\n\n"
    "    （一）部门产出指标完成情况\n\n"
    "1.数量指标。基本公共卫生服务覆盖人口79.87万人；免费婚前医学检查3200对；免费两癌检查人数17299人；"
    "病媒生物防治达到上级考核标准；严重精神障碍患者监护人看护管理人数663人。\n\n"
    "2.质量指标。公共卫生工作达标率95%。\n\n"
    "（二）部门绩效情况\n\n"
    "全年开展动态心电诊断655例，培训2600人次。\n";

}  // namespace

TEST_CASE("targets: the 002 layout pairs every listed target with its actual by name") {
  Read r = read(kDept);
  CHECK(r.tf.has_target_part);
  CHECK(r.tf.has_actual_part);
  CHECK(r.text.utf8(r.tf.actual_part_start, r.tf.actual_part_end).find("部门整体支出绩效情况") != std::string::npos);
  // 总目标 prose is not a list of indicators.
  for (const auto& t : r.tf.targets) CHECK(t.name.find("县级公立医院") == std::string::npos);
  REQUIRE(r.tf.pairs.size() == 9);

  const TargetPair* cover = pair_named(r, "基本公共卫生服务覆盖人口数量");
  REQUIRE(cover);
  CHECK(cover->match == MatchKind::Variant);  // "…人口数量" / "…人口"
  CHECK(actual_of(r, *cover) == "79.87万人");
  CHECK(r.tf.targets[cover->target].group == IndicatorGroup::Output);
  CHECK(r.tf.targets[cover->target].subgroup == "数量指标");

  const TargetPair* cancer = pair_named(r, "免费两癌检查数量");
  REQUIRE(cancer);
  CHECK(actual_of(r, *cancer) == "17299人");

  const TargetPair* vector_ctl = pair_named(r, "病媒生物防治达到上级考核标准");
  REQUIRE(vector_ctl);
  CHECK(vector_ctl->direction == Direction::Qualitative);
  CHECK(evaluate(r.tf, *vector_ctl, r.qs).status == Status::Met);

  const TargetPair* rate = pair_named(r, "公共卫生工作达标率");
  REQUIRE(rate);
  Evaluation e = evaluate(r.tf, *rate, r.qs);
  CHECK(e.status == Status::Unmet);
  REQUIRE(e.rate);
  CHECK(e.rate->to_string(2) == "95.00");

  // The 效益 and 满意度 targets have no actual; the narrative figures (655例) do not pair.
  const TargetPair* income = pair_named(r, "提高受益对象经济收入");
  REQUIRE(income);
  CHECK(income->actual == kNone);
  CHECK(r.tf.targets[income->target].group == IndicatorGroup::Benefit);
  const TargetPair* sat = pair_named(r, "医务人员满意度");
  REQUIRE(sat);
  CHECK(sat->actual == kNone);
  CHECK(sat->direction == Direction::Positive);
  CHECK(r.tf.targets[sat->target].group == IndicatorGroup::Satisfaction);
  const TargetPair* care = pair_named(r, "严重精神障碍患者监护人看护管理人数");
  REQUIRE(care);
  CHECK(actual_of(r, *care) == "663人");
}

TEST_CASE("targets: names that only share words do not pair") {
  Read r = read(
      "绩效目标：发放农村奖扶资金人数67000人；发放城镇独生子女父母奖励资金人数14000人；医务人员满意度90%以上。\n"
      "完成情况：发放城镇独生子女父母奖励资金人数14145人；社会公共满意度95%。\n");
  REQUIRE(r.tf.pairs.size() == 3);
  CHECK(pair_named(r, "发放农村奖扶资金人数")->actual == kNone);
  CHECK(actual_of(r, *pair_named(r, "发放城镇独生子女父母奖励资金人数")) == "14145人");
  CHECK(pair_named(r, "医务人员满意度")->actual == kNone);  // 社会公共满意度 is another indicator
}

TEST_CASE("targets: a slightly reworded name pairs by overlap") {
  Read r = read(
      "（三）年度绩效指标\n1、数量指标：老年乡村医生困难补助人数1488人；\n"
      "（四）绩效指标完成情况\n1、数量指标：老年乡村医生困难补助发放人数1480人；\n");
  REQUIRE(r.tf.pairs.size() == 1);
  CHECK(r.tf.pairs[0].match == MatchKind::Similar);
  CHECK(actual_of(r, r.tf.pairs[0]) == "1480人");
}

TEST_CASE("targets: the comparator decides the direction (R43)") {
  Read r = read(
      "年度绩效目标：群众满意度不低于95%；投诉率≤5%；运行成本控制在300万元以内；办结时限2天以内；故障率低于2%；"
      "培训人数1200人；安全事故0起；人均费用120元。\n");
  auto dir = [&](const std::string& n) {
    const TargetPair* p = pair_named(r, n);
    REQUIRE(p);
    return p->direction;
  };
  CHECK(dir("群众满意度") == Direction::Positive);
  CHECK(dir("投诉率") == Direction::Negative);
  CHECK(dir("运行成本") == Direction::Negative);
  CHECK(dir("办结时限") == Direction::Negative);
  CHECK(dir("故障率") == Direction::Negative);
  CHECK(dir("培训人数") == Direction::Equal);
  CHECK(dir("安全事故") == Direction::Negative);
  CHECK(dir("人均费用") == Direction::Negative);
}

TEST_CASE("targets: a negative indicator is met at or below its target") {
  Read r = read("绩效目标：投诉率≤5%；平均住院日不超过8天。\n实际完成情况：投诉率3%；平均住院日9天。\n");
  Evaluation a = evaluate(r.tf, *pair_named(r, "投诉率"), r.qs);
  CHECK(a.status == Status::Met);
  Evaluation b = evaluate(r.tf, *pair_named(r, "平均住院日"), r.qs);
  CHECK(b.status == Status::Unmet);
  REQUIRE(b.rate);
  CHECK(b.rate->to_string(2) == "88.89");  // 8 / 9 for a ≤ target
}

TEST_CASE("targets: 目标数…完成了 in one sentence is a pair (report 000)") {
  Read r = read("今年我区无偿献血目标数是1330例，截止到11月底，共完成了1386例，完成率104.2%。");
  REQUIRE(r.tf.pairs.size() == 1);
  const TargetPair& p = r.tf.pairs[0];
  CHECK(p.match == MatchKind::Narrative);
  CHECK(to_utf8(r.tf.targets[p.target].key) == "无偿献血");
  CHECK(actual_of(r, p) == "1386例");
  Evaluation e = evaluate(r.tf, p, r.qs);
  CHECK(e.status == Status::Met);
  CHECK(e.rate->to_string(2) == "104.21");
  CHECK(partial_year(r.text, r.tf.actuals[p.actual]));
}

TEST_CASE("targets: narrative pairs in other words, and 计划生育 is not a plan") {
  Read a = read("全年计划完成免费孕前优生健康检查600对，实际完成650对。");
  REQUIRE(a.tf.pairs.size() == 1);
  CHECK(actual_of(a, a.tf.pairs[0]) == "650对");
  Read b = read("下达任务数1200人，经多方努力实际完成1105人。");
  REQUIRE(b.tf.pairs.size() == 1);
  CHECK(evaluate(b.tf, b.tf.pairs[0], b.qs).status == Status::Unmet);
  Read c = read("计划生育特扶对象医保补助人数2696人，完成率100%；计划生育家庭奖励扶助完成3000人。");
  CHECK(c.tf.pairs.empty());
  Read d = read("目标数是1330例。全年共完成1386人次。");  // another sentence, another unit
  CHECK(d.tf.pairs.empty());
}

TEST_CASE("targets: a TSV 自评表 pairs by row, with merged group cells carried down") {
  Read r = read(
      "2023年度农村饮水安全项目支出绩效自评表\n"
      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
      "产出指标\t数量指标\t新建供水工程数量\t≥12处\t12处\t15\t15\t\n"
      "\t\t受益人口\t≥3.5万人\t3.2万人\t15\t13.71\t部分工程因汛期延后完工\n"
      "\t质量指标\t工程验收合格率\t100%\t100%\t10\t10\t\n"
      "效益指标\t社会效益指标\t农村自来水普及率提高\t≥2个百分点\t2.1个百分点\t30\t30\t\n"
      "满意度指标\t服务对象满意度\t受益群众满意度\t≥90%\t96%\t10\t10\t\n"
      "总分\t\t\t\t\t80\t78.71\t\n");
  CHECK(r.tf.has_target_part);
  CHECK(r.tf.has_actual_part);
  REQUIRE(r.tf.rows.size() == 5);
  REQUIRE(r.tf.totals.size() == 1);
  CHECK(r.tf.totals[0].points.value.to_string() == "78.71");
  const TargetPair* people = pair_named(r, "受益人口");
  REQUIRE(people);
  CHECK(people->match == MatchKind::Table);
  CHECK(r.tf.targets[people->target].group == IndicatorGroup::Output);  // carried from "产出指标"
  CHECK(value_text(r.text, r.tf.targets[people->target], r.qs) == "≥3.5万人");
  CHECK(evaluate(r.tf, *people, r.qs).status == Status::Unmet);
  CHECK(deviation_reason(r.text, r.tf, *people, r.qs).has_value());  // the 偏差原因 column
  const TargetPair* works = pair_named(r, "新建供水工程数量");
  REQUIRE(works);
  CHECK(evaluate(r.tf, *works, r.qs).status == Status::Met);  // "12处" against "≥12处": unit words agree
  CHECK(r.tf.targets[pair_named(r, "受益群众满意度")->target].group == IndicatorGroup::Satisfaction);
  CHECK(r.tf.targets[pair_named(r, "农村自来水普及率提高")->target].group == IndicatorGroup::Benefit);
  CHECK(r.tf.rows[1].weight.value.to_string() == "15");
  CHECK(r.tf.rows[1].points.value.to_string() == "13.71");
}

TEST_CASE("targets: a pipe table with 年度指标值 and 实际完成值 is read too") {
  Read r = read(
      "| 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
      "|---|---|---|---|---|\n"
      "| 培训人次 | 500人次 | 520人次 | 20 | 20 |\n"
      "| 资金发放准确率 | 100% | 98% | 20 | 19.6 |\n");
  REQUIRE(r.tf.pairs.size() == 2);
  CHECK(actual_of(r, *pair_named(r, "资金发放准确率")) == "98%");
}

TEST_CASE("targets: the 预算执行率 block of a 自评表 is read as a budget row") {
  Read r = read(
      "项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
      "年度资金总额\t20\t20\t19\t10\t95.00%\t9.5\n"
      "其中：当年财政拨款\t20\t20\t19\t\t95.00%\t\n");
  REQUIRE(r.tf.budget_rows.size() == 2);
  CHECK(r.tf.budget_rows[0].points.value.to_string() == "9.5");
  CHECK(r.tf.budget_rows[0].rate.percent);
  CHECK(r.tf.pairs.empty());
}

TEST_CASE("targets: partial-year marks") {
  Text t = Text::from_utf8(
      "截止到11月底，共完成了1386例。2024年1-10月医改指标；1-11月，共受理投诉89起。截至目前已发放1250.78万元，"
      "还有9972.9万元将在12月底前发放到位。截至2024年12月31日资产总额100万元；1-12月累计30起。");
  auto marks = partial_year_marks(t);
  std::vector<std::string> words;
  for (const auto& [b, e] : marks) words.push_back(t.utf8(b, e));
  CHECK(words == std::vector<std::string>{"截止到11月底", "1-10月", "1-11月", "截至目前", "将在12月底前"});
}

TEST_CASE("targets: where a shortfall is explained") {
  Read after = read("绩效目标：免费产前筛查孕产妇人数2600人。\n完成情况：免费产前筛查孕产妇人数2200人，主要原因是出生人口下降。\n");
  REQUIRE(after.tf.pairs.size() == 1);
  CHECK(deviation_reason(after.text, after.tf, after.tf.pairs[0], after.qs).has_value());
  Read next = read("绩效目标：免费产前筛查孕产妇人数2600人。\n完成情况：免费产前筛查孕产妇人数2200人。由于出生人口下降，筛查对象减少。\n");
  REQUIRE(next.tf.pairs.size() == 1);
  CHECK(deviation_reason(next.text, next.tf, next.tf.pairs[0], next.qs).has_value());
  Read problems = read(
      "绩效目标：免费产前筛查孕产妇人数2600人。\n完成情况：免费产前筛查孕产妇人数2200人。\n"
      "四、存在的问题\n产前筛查人数未达目标，原因是全县出生人口较上年下降。\n");
  REQUIRE(problems.tf.pairs.size() == 1);
  CHECK(deviation_reason(problems.text, problems.tf, problems.tf.pairs[0], problems.qs).has_value());
  Read none = read(
      "绩效目标：免费产前筛查孕产妇人数2600人。\n完成情况：免费产前筛查孕产妇人数2200人。\n"
      "四、存在的问题\n部分专项资金拨付不及时，导致公共卫生服务工作进度受到影响。\n");
  REQUIRE(none.tf.pairs.size() == 1);
  CHECK_FALSE(deviation_reason(none.text, none.tf, none.tf.pairs[0], none.qs).has_value());
}

TEST_CASE("targets: normalised names drop time, place and filler") {
  CHECK(to_utf8(normalize_name(U"今年我区无偿献血")) == "无偿献血");
  CHECK(to_utf8(normalize_name(U"2024年全县免费婚前医学检查")) == "免费婚前医学检查");
  CHECK(to_utf8(normalize_name(U"群众满意度达")) == "群众满意度");
  CHECK(to_utf8(normalize_name(U"各项工作完成及时率")) == "各项工作完成及时率");
  CHECK(to_utf8(normalize_name(U"完成率")) == "完成率");
}

TEST_CASE("targets: both corpus reports") {
  Read r2 = read(test::corpus("002_338b5f6c825fc8b7.txt"));
  CHECK(r2.tf.pairs.size() == 28);
  std::size_t with_actual = 0;
  for (const auto& p : r2.tf.pairs) with_actual += p.actual != kNone;
  CHECK(with_actual == 20);
  Read r0 = read(test::corpus("000_f7b65649e50663dd.txt"));
  REQUIRE(r0.tf.pairs.size() == 1);
  CHECK_FALSE(r0.tf.has_target_part);
}

TEST_CASE("targets: a count of the indicator set is how the set is built, not an indicator") {
  const char* text =
      "二、年度绩效目标设定情况\n"
      "本项目共设置9个绩效目标指标，其中一级指标3个，二级指标4个，三级指标9个。\n"
      "1.数量指标：培训基层干部人数≥300人；\n"
      "三、绩效目标完成情况\n"
      "1.数量指标：培训基层干部人数326人。\n";
  Read r = read(text);
  REQUIRE(r.tf.pairs.size() == 1);
  CHECK(actual_of(r, r.tf.pairs[0]) == "326人");
  CHECK(test::alarms(text, "R40") == 0);
  // A counted output whose name merely ends in 指标 is still an indicator.
  Read r2 = read(
      "二、年度绩效目标\n1.数量指标：新增水质监测指标12个；\n三、绩效目标完成情况\n1.数量指标：新增水质监测指标12个。\n");
  CHECK(r2.tf.pairs.size() == 1);
}
