#include "lexicon/enumeration_words.h"

namespace gouji::lex::enumerations {

const Str kUnitSuffixes = U"股科室局院所站队处办委镇乡村区县市校馆厂司组";
const Str kPlaceSuffixes = U"镇乡村区县市";
const Str kCounters = U"个项家名所大类种条支座批位处件台篇场部";
const Str kInstitutionCounters = U"个家所";
const Str kCountNumerals = U"一二两三四五六七八九十百千";
const char32_t kDa = U'大';
const Str kNotCountAfterDigits = U"第前后约近超逾至";
const Str kNotCountAfterNumeral = U"第其之初周约近前后统唯万专";
const Str kApproxAfterCount = U"余多来";
const char32_t kEtc = U'等', kGong = U'共', kDe = U'的';
const Str kConnectorChars = U"和及与";

const std::array<CounterWord, 14> kCounterWords = {{
    {U'个', U"月百工小季半星"},
    {U'家', U"次庭属长乡"},
    {U'名', U"次单称义额"},
    {U'位', U"数置于列"},
    {U'处', U"理于罚置分长室"},
    {U'条', U"件例款"},
    {U'批', U"次准复"},
    {U'所', U"有在属得以需谓长"},
    {U'支', U"出付持援部撑"},
    {U'场', U"所地次"},
    {U'大', U"于约幅量力型"},
    {U'部', U"门分署位"},
    {U'台', U"账阶"},
    {U'件', U"次"},
}};
const Str kPersonTimes = U"人次";

const std::array<Str, 12> kNamesParts = {U"包括", U"包含", U"涵盖", U"分别为", U"分别是", U"分别有",
                                         U"具体为", U"具体是", U"主要有", U"主要包括", U"即", U"含"};
const std::array<Str, 28> kLeadWords = {
    U"内设有", U"内设", U"设有", U"下设", U"下辖", U"辖有", U"包括", U"包含", U"涵盖", U"分别为",
    U"分别是", U"分别有", U"具体为", U"具体是", U"主要有", U"主要包括", U"建成", U"完成", U"建设",
    U"新建", U"创建", U"成立", U"组建", U"共有", U"设立", U"评为", U"命名为", U"由"};
const Str kLeadChars = U"含即有为";
const std::array<Str, 5> kPointBack = {U"分别是", U"分别为", U"具体为", U"具体如下", U"包括"};

const std::array<Connector, 3> kConnectors = {{
    {U'和', U"谐平睦美气", U"共温缓总调饱融柔祥平"},
    {U'及', U"时早格", U"涉普波危顾"},
    {U'与', U"会", U"参给赋授"},
}};
const Str kYiJi = U"以及";

const std::array<Str, 10> kFillers = {U"等共计", U"等共", U"等在内的", U"在内的", U"等", U"共计",
                                      U"合计",   U"总计", U"共",       U"这"};
const Str kNotNoun = U"到在对向把给从于将被让使和与及等为是";
const std::array<Str, 19> kVerbs = {U"完成", U"开展", U"建成", U"新增", U"实现", U"达到", U"共有", U"组织", U"参加",
                                    U"投入", U"签订", U"获得", U"评为", U"派出", U"选拔", U"招募", U"发放", U"覆盖",
                                    U"涉及"};
const Str kQizhong = U"其中";
const Str kEtcEtc = U"等等";
const Str kNotEtcNext = U"级次同待候于额值效价";
const Str kNotEtcPrev = U"平同对相均高中初特上下优一二三四五六七八九十0123456789";
const Str kPartSeparators = U"、，,；;和及与";
const char32_t kAll = U'共';
const std::array<Str, 6> kPointAhead = {U"具体如下", U"具体情况如下", U"基本情况如下", U"情况如下", U"如下", U"见下表"};

}  // namespace gouji::lex::enumerations
