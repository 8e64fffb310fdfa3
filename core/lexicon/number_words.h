#pragma once
// The words around a number, as data: what they say about it (approximation, target comparator,
// direction of a change), which words are names that only look like numbers, and which words a
// label sheds. The reader (numbers/number_reader.cpp) holds the rules; the vocabulary lives here,
// in core/lexicon with the rest of the vocabulary (issue 14).
#include <string_view>

#include "numbers/quantity.h"

namespace gouji::words {

using Str = std::u32string_view;

struct Marker {
  Str text;
  Approx approx;
  Comparator cmp;
};

// Written right before a number (longest match wins, so 不低于 beats 低于, 大约 beats 约).
inline constexpr Marker kPrefixMarkers[] = {
    {U"大于或等于", Approx::AtLeast, Comparator::Ge}, {U"大于等于", Approx::AtLeast, Comparator::Ge},
    {U"小于或等于", Approx::AtMost, Comparator::Le},  {U"小于等于", Approx::AtMost, Comparator::Le},
    {U"不低于", Approx::AtLeast, Comparator::Ge},     {U"不少于", Approx::AtLeast, Comparator::Ge},
    {U"不小于", Approx::AtLeast, Comparator::Ge},     {U"至少", Approx::AtLeast, Comparator::Ge},
    {U"不高于", Approx::AtMost, Comparator::Le},      {U"不超过", Approx::AtMost, Comparator::Le},
    {U"不大于", Approx::AtMost, Comparator::Le},      {U"不多于", Approx::AtMost, Comparator::Le},
    {U"控制在", Approx::AtMost, Comparator::Le},      {U"最多", Approx::AtMost, Comparator::Le},
    {U"达到", Approx::Exact, Comparator::Ge},         {U"超过", Approx::AtLeast, Comparator::Gt},
    {U"高于", Approx::AtLeast, Comparator::Gt},       {U"大于", Approx::AtLeast, Comparator::Gt},
    {U"低于", Approx::AtMost, Comparator::Lt},        {U"小于", Approx::AtMost, Comparator::Lt},
    {U"等于", Approx::Exact, Comparator::Eq},         {U"不足", Approx::AtMost, Comparator::None},
    {U"不到", Approx::AtMost, Comparator::None},      {U"将近", Approx::AtMost, Comparator::None},
    {U"接近", Approx::AtMost, Comparator::None},      {U"近", Approx::AtMost, Comparator::None},
    {U"大约", Approx::About, Comparator::None},       {U"大概", Approx::About, Comparator::None},
    {U"约为", Approx::About, Comparator::None},       {U"约", Approx::About, Comparator::None},
    {U"逾", Approx::AtLeast, Comparator::None},       {U"超", Approx::AtLeast, Comparator::None},
    {U">=", Approx::AtLeast, Comparator::Ge},         {U"≥", Approx::AtLeast, Comparator::Ge},
    {U"≧", Approx::AtLeast, Comparator::Ge},          {U"＞", Approx::AtLeast, Comparator::Gt},
    {U">", Approx::AtLeast, Comparator::Gt},          {U"<=", Approx::AtMost, Comparator::Le},
    {U"≤", Approx::AtMost, Comparator::Le},           {U"≦", Approx::AtMost, Comparator::Le},
    {U"＜", Approx::AtMost, Comparator::Lt},          {U"<", Approx::AtMost, Comparator::Lt},
    {U"=", Approx::Exact, Comparator::Eq},            {U"＝", Approx::Exact, Comparator::Eq},
};

// A one-character marker is not one when it ends a word: 节约/签约 (saved, signed), 最近/附近,
// 赶超. Checked against the character before the marker.
inline constexpr Str kNotBeforeYue = U"节制签合预履违公条特邀相缔婚";
inline constexpr Str kNotBeforeJin = U"最附靠临邻贴亲就远";
inline constexpr Str kNotBeforeChao = U"赶高";

// Written after the number and its unit.
inline constexpr Marker kSuffixMarkers[] = {
    {U"（含）以上", Approx::AtLeast, Comparator::Ge}, {U"(含)以上", Approx::AtLeast, Comparator::Ge},
    {U"及以上", Approx::AtLeast, Comparator::Ge},     {U"以上", Approx::AtLeast, Comparator::Ge},
    {U"及以下", Approx::AtMost, Comparator::Le},      {U"以下", Approx::AtMost, Comparator::Le},
    {U"以内", Approx::AtMost, Comparator::Le},        {U"之内", Approx::AtMost, Comparator::Le},
    {U"左右", Approx::About, Comparator::None},       {U"上下", Approx::About, Comparator::None},
    {U"有余", Approx::AtLeast, Comparator::None},
};

// Change words written right before the number (增长/下降/增收/减支 …) are the lexicon's
// Direction class (core/lexicon/words.cpp).

// Names that only look like numbers (domain rules §5.3, §5.1). A Chinese numeral inside one of
// these is never a quantity, whatever follows it.
inline constexpr Str kNumberNames[] = {
    U"十四五", U"十三五", U"十二五", U"三公", U"两癌", U"五个现代强县", U"六大攻坚", U"三个高地",
    U"双融双促", U"三基", U"三甲", U"三重一大", U"四小", U"白加黑", U"五加二", U"一刀切",
    U"一次性", U"一线", U"一体化", U"一般", U"一些", U"一起", U"一定", U"一致", U"一步", U"十分",
    U"一成不变", U"二次", U"二级", U"一级", U"三级", U"一把手", U"一站式", U"一门式", U"一件事",
    U"一张网", U"一网通办", U"一对一", U"一户一档", U"一人一档", U"一村一医", U"两个确保",
    U"三个代表", U"四个意识", U"两个维护", U"四个自信", U"一带一路", U"三农", U"三医联动",
    U"两票制", U"一老一小", U"十项项提升工程", U"十项提升工程", U"九项准则", U"二次创业",
    U"一人一策", U"一院一策", U"一事一议", U"一户一策", U"三个一批", U"一条龙", U"一揽子",
    U"一批", U"一名一档", U"七个一", U"千方百计", U"一家一策",
    // Policy names the reports cite (三支一扶 recruits, the 八项规定 on conduct, 三保 spending …).
    U"三支一扶", U"八项规定", U"五险一金", U"两学一做", U"三会一课", U"六稳六保", U"两不愁三保障",
    U"一票否决", U"双随机一公开", U"三保",
};

// Characters that make a following lone 一 part of a word (统一, 唯一, 同一家 …).
inline constexpr Str kWordBeforeOne = U"统唯同逐单专万之第划整归合其另某惟任";

// Leading words a label sheds ("其中局本级" → 局本级, "另有离退休人员" → 离退休人员).
inline constexpr Str kLeadWords[] = {
    U"其中：", U"其中:", U"其中，", U"其中", U"另有", U"还有", U"尚有", U"以及", U"共计", U"累计",
    U"合计：", U"和", U"及", U"与", U"共", U"已经", U"已", U"拟", U"均", U"今年", U"本年度",
    U"本年", U"当年", U"截至目前", U"截止目前", U"截止到目前", U"截至", U"截止到", U"截止", U"目前",
    U"我区", U"我县", U"我市", U"我局", U"我单位", U"对全区", U"对全县", U"对全市", U"全区", U"全县", U"全市",
    U"全局",
};

// Verbs a label sheds when a noun phrase follows (开展动态心电诊断 → 动态心电诊断). Leading ones
// always; one inside the label only when the label does not end in a measure noun (率, 数 …),
// so 各项工作完成及时率 keeps its 完成.
inline constexpr Str kLabelVerbs[] = {
    U"招募完成", U"累计完成", U"共完成", U"开展", U"完成", U"建立", U"发放", U"招募", U"新增", U"办结",
    U"受理", U"出示", U"核定", U"实现", U"督促", U"选拔", U"派出", U"派遣", U"举办", U"签订", U"提供",
    U"安排", U"摸排",
};
// Label endings that make a mid-label verb part of the name ("计生家庭资金发放准确率").
inline constexpr Str kMeasureNounEnds = U"率比数量额费金度值价";

// Words a label sheds at its end ("合格率为" → 合格率, "公示率均达" → 公示率).
inline constexpr Str kTrailWords[] = {U"分别为", U"均为", U"共计", U"达到", U"为", U"是", U"达",
                                      U"共", U"约", U"了", U"有", U"均", U"分别", U"在", U"：", U":"};

// A label ending in one of these, followed by 为/是, states a target value ("目标数是1330例").
inline constexpr Str kTargetNames[] = {U"目标值", U"目标数", U"目标", U"指标值", U"计划数", U"任务数", U"预期值"};

// "每千人口…", "人均…", "百元…": the figure is a ratio or a unit cost, never a part of a total.
inline constexpr Str kPerCapitaWords[] = {U"每千人口", U"每万人口", U"每十万人口", U"每百人", U"每千人",
                                          U"每万人", U"每十万人", U"千人口", U"万人口"};
inline constexpr Str kUnitCostWords[] = {U"人均", U"均次", U"次均", U"例均", U"户均", U"床日均", U"床均",
                                         U"每人", U"每次", U"每例", U"每床", U"每户", U"每名", U"每位",
                                         U"每家", U"每个", U"每百元", U"每千元", U"每万元", U"单价", U"单位成本"};

// After "N个/名/家…" a noun phrase names what is counted ("下辖7个事业单位"): it runs to the first
// of these verbs, and ends at its last head noun ("3家县直公立医院完成…" → 县直公立医院).
inline constexpr Str kPostStops[] = {U"完成", U"开展", U"进行", U"参加", U"参与", U"挂职", U"签订", U"实现",
                                     U"通过", U"达到", U"到", U"赴", U"至", U"在", U"对", U"已", U"均",
                                     U"被", U"将", U"为", U"于", U"并", U"共", U"累计", U"等"};
inline constexpr Str kHeadNouns[] = {
    U"医院", U"卫生院", U"保健院", U"单位", U"机构", U"中心", U"组织", U"站", U"股室", U"科室", U"人员",
    U"医师", U"医生", U"护士", U"学生", U"人", U"家庭", U"户", U"村", U"乡镇", U"小区", U"项目", U"病例",
    U"事项", U"问题", U"指标", U"学校", U"企业", U"队伍", U"团队", U"协议", U"制度", U"岗位", U"床位",
    U"托位", U"专家", U"干部", U"党员", U"群众", U"老人", U"儿童", U"妇女", U"孕产妇", U"对象", U"措施",
    U"文件", U"活动", U"课题", U"设备", U"车辆", U"工程", U"场所", U"基地", U"网点", U"档案", U"诊所",
    U"药店", U"门店", U"社区", U"班", U"会", U"所",
};

}  // namespace gouji::words

namespace gouji::words {

// A unit character that starts one of these words is not a unit ("3家庭医生团队", "分之一").
// A bare 万/亿 ("增收4,376万", "安排资金19204.096万", "经营收入0.00万") is money when its label
// says so, or when its clause has no other measure and a money amount stands beside it.
inline constexpr Str kMoneyContextWords[] = {
    U"资金", U"收入", U"支出", U"预算", U"决算", U"经费", U"拨款", U"增收", U"减收", U"增支", U"减支", U"结余",
    U"结转", U"投资", U"费用", U"金额", U"补助", U"补贴", U"税", U"资产", U"负债", U"债务", U"支付", U"拨付",
    U"到位", U"融资", U"贷款", U"基金", U"财政", U"成本", U"费", U"款", U"价", U"薪", U"工资", U"产值", U"营业额",
    U"收支", U"收、支",
};
// One-character words paired by 、 into one name ("收、支总计" is the total of both sides): the
// 、 does not end the label there.
inline constexpr Str kDunhaoPairs[] = {U"收、支"};
// …unless the label names something counted (户籍人口30万, 新增造林3万亩 is already a unit).
inline constexpr Str kNotMoneyWords[] = {U"人口", U"人次", U"人数", U"户数", U"人", U"户", U"亩", U"吨", U"株",
                                         U"头", U"只", U"册", U"份", U"件", U"次", U"字", U"条", U"平方", U"公里"};

inline constexpr Str kNotUnitWords[] = {
    U"成本", U"成员", U"成果", U"成效", U"成为", U"成功", U"成立", U"成绩", U"成熟", U"支出", U"支付",
    U"支持", U"支援", U"场所", U"场地", U"场景", U"台账", U"家庭", U"家属", U"家长", U"户籍", U"户口",
    U"对象", U"对接", U"对照", U"对比", U"对于", U"对1", U"对一", U"起步", U"起草", U"起点", U"位于",
    U"所属", U"所有", U"所在", U"所以", U"名单", U"名称", U"人民", U"例如", U"天然", U"次性", U"分之",
    U"分别", U"分配", U"分为", U"分类", U"间隔", U"条件", U"条例", U"种类", U"处理", U"处置", U"批准",
    U"大于", U"大约", U"大概", U"大幅", U"大量", U"大型", U"大学", U"项目",
};

// After a number, these characters make it a date, time, grade or serial, not a quantity
// (2024年 is handled apart: 年 can be a duration).
inline constexpr Str kDateTimeAfter = U"月日号时点秒级届楼层版期代";

// ---- single words the reader's rules test for (number_reader.cpp) ------------------------------

// Date tails a label's leading date ends with ("2024年度", "6月底").
inline constexpr Str kDateTails[] = {U"年度", U"年底", U"年末", U"年初", U"年", U"月底", U"月末", U"月份", U"月", U"日", U"号"};
inline constexpr Str kJun = U"均";        // a lead word, but part of the name before 次/值 (均次门诊费用)
inline constexpr Str kCopulas = U"为是";  // a trailing 为/是: the figure is stated by it
// 等 summing up an enumeration in a label, unless a neighbour makes a word (平等, 等级).
inline constexpr Str kNotDengPrev = U"平同中高初上次均对相";
inline constexpr Str kNotDengNext = U"级于次额";
inline constexpr Str kInvestmentItem = U"投资项目";  // 总投资项目: the 项目 adds nothing
inline constexpr Str kNounVerbs[] = {U"派遣", U"派出"};  // verbs that inside a label are nouns (劳务派遣人员)
// Characters after 的 that end a label read after its number.
inline constexpr Str kNotPostLabel = U"的和及与或以之内余多";
inline constexpr Str kPercentWord = U"百分之";
inline constexpr Str kPermilleWord = U"千分之";
inline constexpr Str kNotYearAfter = U"级度底初末";  // 年级/年度/年底…: 年 is no duration
inline constexpr Str kYearUnit = U"年";
inline constexpr Str kDaCounter = U"大";  // "5大中心"
inline constexpr Str kDateChars = U"年月日号时";  // after a figure: a date or a period
inline constexpr Str kCheng = U"成";
inline constexpr Str kYiChengBuBian = U"一成不变";
// Prefix markers with a neighbour rule of their own (kNotBeforeYue/Jin/Chao).
inline constexpr Str kYue = U"约";
inline constexpr Str kJin = U"近";
inline constexpr Str kChao = U"超";
// One-character directions that are no change after 新/升 (新增, 升降).
inline constexpr Str kZeng = U"增";
inline constexpr Str kJiang = U"降";
inline constexpr Str kNearSeparators = U"、，,和及与 ";  // figures this close are one list's
inline constexpr Str kPerHundredYuan = U"百元";  // 百元医疗收入…: a unit cost

// Characters read one at a time around a figure (the numerals, dates and ranges are the reader's
// own grammar; these say what the figure is).
inline constexpr Str kMoreThan = U"余多";        // "10余人", "3万多": at least
inline constexpr char32_t kWhole = U'整';        // "100元整": the amount, exactly
inline constexpr char32_t kJiao = U'角';         // money's tenths and hundredths ("3元5角2分")
inline constexpr char32_t kFen = U'分';
inline constexpr char32_t kWithin = U'内';       // "前70%内": within a rank or a share
inline constexpr Str kJunNameNext = U"次值";     // 均次 / 均值: 均 is part of the name
inline constexpr char32_t kDeng = U'等';         // 等 summing up an enumeration in a label
inline constexpr char32_t kDe = U'的';           // "…的" after a figure: its label follows
inline constexpr Str kRoughlyBefore = U"上近";   // 上百, 近千: a magnitude, roughly
inline constexpr char32_t kShang = U'上';        // 上百, 上千: at least
inline constexpr char32_t kNegative = U'负';     // "负0.6%" (not 正负, 胜负)
inline constexpr Str kNotNegativeBefore = U"正胜";
inline constexpr char32_t kDa = U'大';           // "5大中心": a count of the centres listed
inline constexpr char32_t kYuan = U'元';         // 万 + 元: a multiplier as money
inline constexpr char32_t kLe = U'了';           // "增加了": the direction before it
inline constexpr char32_t kXin = U'新';          // 新增: an amount added, no change
inline constexpr char32_t kSheng = U'升';        // 升降: no direction
inline constexpr char32_t kQian = U'前';         // "前70%内": a rank, not a label

}  // namespace gouji::words
