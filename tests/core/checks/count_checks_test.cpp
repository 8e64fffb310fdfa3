// Family E (counts, lists): R60 stated count vs listed items, R61 parts of a headcount / unit count,
// R62 duplicate list items, R63 parts of an event count.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace gouji;
using namespace gouji::test;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

// ---- R60 ----------------------------------------------------------------------------------------

TEST_CASE("R60 passes lists whose items match the stated count, in several shapes") {
  // list then count, no 等
  CHECK(with_rule(run("局机关内设办公室、财务股、人事股3个股室。"), "R60").empty());
  // count, colon, list
  CHECK(with_rule(run("下设5个科室：办公室、财务科、医政科、公卫科、规划科。"), "R60").empty());
  // count, 分别是, list
  CHECK(with_rule(run("共有股室4个，分别是：办公室、财务股、人事股、法规股。"), "R60").empty());
  // count, 包括, list with a final 和
  CHECK(with_rule(run("我局下设4个股室，包括办公室、计财股、医政医管股和基层卫生股。"), "R60").empty());
  // 和 inside the list, a second count after it
  CHECK(with_rule(run("局机关设有办公室、财务股和人事股3个股室，另有2个下属事业单位。"), "R60").empty());
  // Chinese numerals, 即
  CHECK(with_rule(run("本单位下设两个股室，即办公室和业务股。"), "R60").empty());
  // a name containing 与 counts as one item when the count says so
  CHECK(with_rule(run("内设办公室、人口监测与家庭发展股2个股室。"), "R60").empty());
  // count in brackets after the noun
  CHECK(with_rule(run("建设广德荷苑小区、碧桂园小区、东方明珠小区、幸福六合里小区、兴园小区、桃城一号A区6个病媒生物防制示范小区。"),
                  "R60")
            .empty());
  CHECK(with_rule(run("完成架桥镇、夷望溪镇2个省级卫生乡镇创建任务。"), "R60").empty());
}

TEST_CASE("R60 flags a list shorter than the count it states") {
  auto d = run("下设6个科室：办公室、财务科、医政科、公卫科、规划科。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(span_text(d, r[0]->spans[0]) == "6个");
  CHECK(r[0]->spans[0].primary);
  CHECK(r[0]->spans.size() == 6);  // the count and the 5 items
  CHECK(has(r[0]->message.zh, "只列举了5个"));
  CHECK(r[0]->expected == "5个");

  auto d2 = run("共有股室5个，分别是：办公室、财务股、人事股、法规股。");
  REQUIRE(with_rule(d2, "R60").size() == 1);
  CHECK(with_rule(d2, "R60")[0]->severity == Severity::Warning);

  auto d3 = run("本单位下设三个股室，即办公室和业务股。");
  REQUIRE(with_rule(d3, "R60").size() == 1);
  CHECK(span_text(d3, with_rule(d3, "R60")[0]->spans[0]) == "三个");
}

TEST_CASE("R60 flags a list longer than the count it states") {
  auto d = run("下设办公室、财务股、人事股、法规股等3个股室。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(has(r[0]->message.zh, "列举了4个"));
  CHECK(has(r[0]->message.zh, "多于所述“3个股室”"));

  auto d2 = run("完成架桥镇、夷望溪镇、漳江镇2个省级卫生乡镇创建任务。");
  REQUIRE(with_rule(d2, "R60").size() == 1);
  CHECK(with_rule(d2, "R60")[0]->expected == "3个");

  auto d3 = run("我局下设3个股室，包括办公室、计财股、医政医管股和基层卫生股。");
  REQUIRE(with_rule(d3, "R60").size() == 1);
}

TEST_CASE("R60: “等N个” with fewer names is info, not a warning") {
  auto d = run("局机关内设办公室、财务股、人事股等4个股室。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);
  CHECK(has(r[0]->message.zh, "其余1个未列出"));
  // 等 naming one example of many is not a list to check at all
  CHECK(with_rule(run("部署盘塘等4家卫生院开展推荐标准创建。"), "R60").empty());
  CHECK(with_rule(run("培训乡镇卫生院、村卫生室等基层医疗机构人员600名。"), "R60").empty());
}

TEST_CASE("R60: counts of the report's own five 中心 (report 002 l.323) and one missing") {
  CHECK(with_rule(run("县中医医院建成脑卒中中心、中医肿瘤治疗中心、中医脾胃肝病防治中心、眼病治疗中心和中医药适宜技术推广中心等5大中心。"),
                  "R60")
            .empty());
  auto d = run("县中医医院建成脑卒中中心、中医肿瘤治疗中心、眼病治疗中心和中医药适宜技术推广中心等5大中心。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Info);  // 等: the fifth may be implied
}

TEST_CASE("R60 ignores numerals that are names: 十四五, 三公, 两癌, 五个现代强县, 三个高地") {
  for (const char* s : {
           "围绕“三个高地”“五个现代强县”建设目标，落实“十四五”规划。",
           "严控“三公”经费，推进两癌筛查、孕前检查和新生儿筛查三项重点工作。",
           "聚焦三个高地建设，全力打造五个现代强县，完成两癌筛查1200人。",
           "全面落实“两个确立”、“两个维护”，持续推进“三个高地”建设。",
           "深入开展“三公”经费、会议费、培训费等支出专项检查。",
       }) {
    auto d = run(s);
    CAPTURE(s);
    CHECK(with_rule(d, "R60").empty());
    CHECK(with_rule(d, "R61").empty());
    CHECK(with_rule(d, "R62").empty());
  }
  // …but a real count of the same kind next to a list is still read
  auto d = run("推进两癌筛查、孕前检查和新生儿筛查四项重点工作。");
  REQUIRE(with_rule(d, "R60").size() == 1);
  CHECK(span_text(d, with_rule(d, "R60")[0]->spans[0]) == "四项");
}

TEST_CASE("R60: a count that is the object of a new verb is not the size of the list") {
  CHECK(with_rule(run("组织县人民医院、县中医医院完成3个重点专科建设。"), "R60").empty());
  CHECK(with_rule(run("联合市场监管、公安、医保等部门开展3次联合执法检查。"), "R60").empty());
  CHECK(with_rule(run("督促县人民医院、县妇幼保健院派出5名专家下乡坐诊。"), "R60").empty());
}

TEST_CASE("R60: 和 joining two unit names splits them for sure; joining parts of one project name does not") {
  auto d = run("本单位2024年度部门决算由局机关本级、县疾控中心、县妇幼保健院、县卫生监督所3个单位的决算组成。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->message.zh == "列举了4个（局机关本级、县疾控中心、县妇幼保健院、县卫生监督所），多于所述“3个单位”");
  CHECK(with_rule(run("本单位2024年度部门决算由局机关本级、县疾控中心、县妇幼保健院3个单位的决算组成。"), "R60").empty());
  // "计划生育奖扶和特扶" may be one project: either reading is accepted
  CHECK(with_rule(run("主要包括基本公共卫生服务、重大公共卫生服务、计划生育奖扶和特扶3个项目。"), "R60").empty());
  CHECK(with_rule(run("主要包括基本公共卫生服务、重大公共卫生服务、计划生育奖扶和特扶4个项目。"), "R60").empty());
  CHECK(with_rule(run("主要包括基本公共卫生服务、重大公共卫生服务、计划生育奖扶和特扶5个项目。"), "R60").size() == 1);
}

TEST_CASE("R60: items that carry their own counts are parts (R61), not a list the last count sizes") {
  auto d = run("我局共有二级机构5个，其中全额拨款事业单位3个、差额拨款事业单位3个。");
  CHECK(with_rule(d, "R60").empty());
  CHECK(with_rule(d, "R61").size() == 1);
  CHECK(with_rule(run("我局共有二级机构5个，其中全额拨款事业单位3个、差额拨款事业单位2个。"), "R60").empty());
  CHECK(with_rule(run("对全县23个乡镇卫生院、326个村卫生室开展全覆盖督查。"), "R60").empty());
}

TEST_CASE("R60 reads quoted names written side by side as items") {
  CHECK(with_rule(run("开展“健康进家庭”“健康进校园”“健康进社区”3项活动。"), "R60").empty());
  auto d = run("开展“健康进家庭”“健康进校园”“健康进社区”4项活动。");
  auto r = with_rule(d, "R60");
  REQUIRE(r.size() == 1);
  CHECK(has(r[0]->message.zh, "只列举了3个"));
  CHECK(span_text(d, r[0]->spans.back()) == "“健康进社区”");
  // quoted slogans next to each other with no count stay unchecked
  CHECK(with_rule(run("全面落实“两个确保”“三个不低于”要求，2项指标均已达标。"), "R60").empty());
  CHECK(with_rule(run("开展“三下乡”“四进”活动12场次，发放宣传资料5000份。"), "R60").empty());
}

TEST_CASE("R60 near misses: counts of something else standing after a list") {
  for (const char* s : {
           "全年共召开会议12次，印发文件、简报、通报等各类材料35份。",
           "落实卫生院、村卫生室、民营医院等各类医疗机构安全生产责任，检查126家。",
           "组织县人民医院、县中医医院、县妇幼保健院3家县级医院的12名专家开展义诊。",
           "涉及公共卫生、医疗服务、计划生育、健康扶贫四大类10个项目。",
           "建立了县、乡、村三级网络，配备专职人员3名。",
           "聚焦六大攻坚、三个高地建设，全县共开展专项行动5次。",
       }) {
    CAPTURE(s);
    CHECK(with_rule(run(s), "R60").empty());
  }
}

// ---- R62 ----------------------------------------------------------------------------------------

TEST_CASE("R62 flags an item listed twice, and R60 notes the count it spoils (report 002 l.9)") {
  auto d = run("单位内设行政审批服务办公室、行政审批服务办公室、人口监测与家庭发展股、财务股等4个股室。");
  auto r = with_rule(d, "R62");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Warning);
  CHECK(r[0]->message.zh == "同一列举中“行政审批服务办公室”重复出现2次");
  REQUIRE(r[0]->spans.size() == 2);
  CHECK(span_text(d, r[0]->spans[0]) == "行政审批服务办公室");
  CHECK(r[0]->spans[0].start > r[0]->spans[1].start);  // the repeat is primary, the first related
  auto c = with_rule(d, "R60");
  REQUIRE(c.size() == 1);
  CHECK(c[0]->severity == Severity::Warning);
  CHECK(has(c[0]->message.zh, "重复，实际只有3个"));
}

TEST_CASE("R62 finds repeats in plain lists and in bracketed lists") {
  auto d = run("内设办公室、财务股、办公室、人事股等4个股室。");
  CHECK(with_rule(d, "R62").size() == 1);
  auto d2 = run("培训对象（乡村医生、村卫生室人员、乡村医生、个体诊所医生）共600人次。");
  REQUIRE(with_rule(d2, "R62").size() == 1);
  CHECK(has(with_rule(d2, "R62")[0]->message.zh, "乡村医生"));
  // spaces do not hide a repeat
  auto d3 = run("联合卫健、医保、市场 监管、市场监管等部门开展检查。");
  CHECK(with_rule(d3, "R62").size() == 1);
}

TEST_CASE("R62 near misses: similar but different items, single characters, separate lists") {
  CHECK(with_rule(run("开展了国家、省、市、县四级联动督查。"), "R62").empty());
  CHECK(with_rule(run("县人民医院、县中医医院、县妇幼保健院均通过等级评审。"), "R62").empty());
  // the same name in two different sentences is not one list
  CHECK(with_rule(run("内设办公室、财务股2个股室。二级机构设办公室、业务科2个科室。"), "R62").empty());
  // 其一、其二 style repetitions of a verb are not items
  CHECK(with_rule(run("做到早发现、早报告、早隔离、早治疗。"), "R62").empty());
}

// ---- R61 ----------------------------------------------------------------------------------------

TEST_CASE("R61 passes headcounts and unit counts whose parts add up") {
  for (const char* s : {
           "共有在职人员45人，其中行政编制20人，事业编制25人。",
           "核定编制3455人，其中局本级103人，二级机构3352人。",
           "下辖7个事业单位、4个县直单位、1个社团组织和34个乡镇卫生院等46个二级机构。",
           "本部门共46个二级机构（7个事业单位、4个县直单位、1个社团组织、34个乡镇卫生院）。",
           "全县医疗机构326家，其中县级医院5家、乡镇卫生院24家。",  // 其中 names only some
           "年末实有人数43人，其中在职37人，退休6人。",
       }) {
    CAPTURE(s);
    auto d = run(s);
    CHECK(with_rule(d, "R61").empty());
  }
}

TEST_CASE("R61 flags parts that do not add up to the stated count") {
  auto d = run("下辖7个事业单位、4个县直单位、1个社团组织和34个乡镇卫生院等45个二级机构。");
  auto r = with_rule(d, "R61");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(r[0]->message.zh == "合计应为46个（7+4+1+34），报告为“45个二级机构”");
  CHECK(span_text(d, r[0]->spans[0]) == "45个");
  CHECK(r[0]->spans.size() == 5);

  auto d2 = run("本部门共46个二级机构（7个事业单位、4个县直单位、1个社团组织、33个乡镇卫生院）。");
  REQUIRE(with_rule(d2, "R61").size() == 1);
  CHECK(with_rule(d2, "R61")[0]->expected == "45个");

  auto d3 = run("共有在职人员45人，其中行政编制20人，事业编制24人。");
  REQUIRE(with_rule(d3, "R61").size() == 1);
  CHECK(with_rule(d3, "R61")[0]->severity == Severity::Error);
  CHECK(span_text(d3, with_rule(d3, "R61")[0]->spans[0]) == "45人");

  auto d4 = run("核定编制3455人，其中局本级103人，二级机构3325人。");
  REQUIRE(with_rule(d4, "R61").size() == 1);
  CHECK(with_rule(d4, "R61")[0]->severity == Severity::Error);

  auto d6 = run("设立了1个综合服务窗口、2个专业窗口，共4个窗口。");
  REQUIRE(with_rule(d6, "R61").size() == 1);
  CHECK(with_rule(d6, "R61")[0]->message.zh == "合计应为3个（1+2），报告为“4个窗口”");
  CHECK(with_rule(run("设立了1个综合服务窗口、2个专业窗口，共3个窗口。"), "R61").empty());
  CHECK(with_rule(run("全县共有乡镇卫生院23家、社区卫生服务中心2家，共计25家基层医疗卫生机构。"), "R61").empty());
  CHECK(with_rule(run("全县共有乡镇卫生院23家、社区卫生服务中心2家，共计26家基层医疗卫生机构。"), "R61").size() == 1);

  // parts that exceed the total are wrong even when the list may be partial
  auto d5 = run("全县医疗机构26家，其中县级医院5家、乡镇卫生院24家。");
  REQUIRE(with_rule(d5, "R61").size() == 1);
  CHECK(with_rule(d5, "R61")[0]->severity == Severity::Error);
}

// ---- R63 (sum_check.cpp: breakdowns counted in 起/例) ------------------------------------------

TEST_CASE("R63 passes event counts whose parts add up (report 002 l.323)") {
  CHECK(with_rule(run("1-11月，共受理医疗投诉89起、医疗纠纷30起，其中14起由我局引导医患双方协商解决，11起由医调委调解成功，1起行政调解成功，4起进入司法诉讼程序。"),
                  "R63")
            .empty());
  CHECK(with_rule(run("全年行政处罚24起，其中简易程序20起，一般程序4起。"), "R63").empty());
  CHECK(with_rule(run("全年查处案件15起，其中无证行医5起。"), "R63").empty());  // 其中 names one kind
}

TEST_CASE("R63 flags event counts whose parts do not add up") {
  auto d = run("全年共受理医疗纠纷30起，其中14起协商解决，11起调解成功，1起行政调解成功，5起进入司法诉讼程序。");
  auto r = with_rule(d, "R63");
  REQUIRE(r.size() == 1);
  CHECK(r[0]->severity == Severity::Error);
  CHECK(span_text(d, r[0]->spans[0]) == "30起");
  CHECK(r[0]->expected == "31起");

  auto d2 = run("全年行政处罚24起，其中简易程序20起，一般程序5起。");
  REQUIRE(with_rule(d2, "R63").size() == 1);
  CHECK(with_rule(d2, "R63")[0]->severity == Severity::Error);
}

TEST_CASE("R60: an office whose name starts like a verb (组织…处, 派出所) still ends the list before its count") {
  CHECK(with_rule(run("园林局共设办公室（信访处）、规划处、组织宣传处（人事处、外事处）3个内设机构。"), "R60").empty());
  auto d = run("园林局共设办公室（信访处）、规划处、组织宣传处（人事处、外事处）4个内设机构。");
  REQUIRE(with_rule(d, "R60").size() == 1);
  CHECK(span_text(d, with_rule(d, "R60")[0]->spans[0]) == "4个");
  // A predicate still ends the list: the count is its object.
  CHECK(with_rule(run("组织县人民医院、县中医医院完成3个重点专科建设。"), "R60").empty());
}

TEST_CASE("R61: a headcount followed by its three 岗位类别 without 其中 is their sum") {
  CHECK(with_rule(run("人员情况：在职人员39人，专业技术人员30人、管理人员4人，工勤技能人员5人。"), "R61").empty());
  auto d = run("人员情况：在职人员41人，专业技术人员30人、管理人员4人，工勤技能人员5人。");
  auto r = with_rule(d, "R61");
  REQUIRE(r.size() == 1);
  CHECK(span_text(d, r[0]->spans[0]) == "41人");
  CHECK(r[0]->expected == "39人");
  // Two categories only, or another count between: not a partition, nothing to add up.
  CHECK(with_rule(run("人员情况：在职人员41人，专业技术人员30人、管理人员4人。"), "R61").empty());
  CHECK(with_rule(run("人员情况：在职人员41人，退休人员12人，专业技术人员30人、管理人员4人，工勤人员5人。"), "R61").empty());
}
