using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Reconciliation;

/// <summary>Each rule on short texts: the mistake it must catch, and the near-miss it must let pass.</summary>
public sealed class RuleTests
{
    private static IReadOnlyList<string> Serious(string text) => Checked.Serious(text);

    [Theory]
    [InlineData("支出100万元，其中甲项目60万元，乙项目50万元。", "1 sum_mismatch error")]
    [InlineData("商品和服务支出210千元（其中办公费25千元，印刷费20千元，其他170千元）。", "1 sum_mismatch error")]
    [InlineData("全年实际支出286.40万元，具体支出如下：补助252.60万元，评审费11.80万元，运维费18.40万元，宣传费4.60万元。", "1 sum_mismatch error")]
    [InlineData("项目支出1118.00千元。行政事业单位工会经费1080.00千元，帮扶基金68.00千元。", "1 sum_mismatch error")]
    [InlineData("本年支出合计1,642.58万元。\n基本支出决算1,108.27万元。\n项目支出决算524.31万元。", "1 sum_mismatch warning")]
    [InlineData("“三公”经费支出11.42万元，其中：因公出国（境）费0万元，公务用车购置及运行费8.76万元，公务接待费2.86万元。", "1 sum_mismatch error")]
    // Parts well short of their total read as a selection, unless their sum is the total with one digit changed.
    [InlineData("专项转移支付78,420万元，其中：农林水支出28,642万元，交通运输18,426万元，教育12,886万元，卫生健康8,466万元。", "1 sum_mismatch warning")]
    // Budget balance sentences: 加上… gives the 总计, 减去… leaves the 结转.
    [InlineData("一般公共预算收入66.98亿元，加上上级补助收入86.42亿元、债务转贷收入12.00亿元、调入资金9.36亿元、上年结转3.24亿元，收入总计174.00亿元。", "1 sum_mismatch error")]
    [InlineData("收入总计13,920万元，减去支出8,726万元、调出资金3,994万元，结转下年支出1,220万元。", "1 sum_mismatch error")]
    // Accounting identities stated in one sentence are known structure: a warning.
    [InlineData("全市地方国有金融企业资产总额126.84亿元，负债总额296.42亿元，形成国有资产30.42亿元。", "1 sum_mismatch warning")]
    // An identity whose whole another list also breaks down; read in 亿元 the 折旧 makes it hold: a unit slip.
    [InlineData("固定资产原值212.64亿元，累计折旧84.18万元，固定资产净值128.46亿元。固定资产原值中：房屋及构筑物148.62亿元，通用设备32.48亿元，专用设备31.54亿元。", "1 unit_slip error")]
    [InlineData("机关事业单位基本养老保险基金收入42.56亿元，支出41.86亿元，结余0.50亿元，年末滚存结余4.12亿元。", "1 sum_mismatch warning")]
    // 按…分 splits the amount of the sentence before.
    [InlineData("全年社会消费品零售总额248.46亿元，比上年增长3.6%。按经营地分，城镇消费品零售额172.31亿元，增长3.2%；乡村消费品零售额46.15亿元，增长5.1%。", "1 sum_mismatch error")]
    [InlineData("全年预算数566.00万元，按来源分为中央补助300.00万元、省级补助150.00万元、县级配套110.00万元。", "1 sum_mismatch error")]
    // A count word before the sum word (两项合计: 两项 is itself a figure) once failed the whole document.
    [InlineData("甲支出1200万元，乙支出800万元，两项合计2100万元。", "1 sum_mismatch error")]
    // 主要包括… names the first part's items in words: the list of amounts goes on after it.
    [InlineData("基本支出1,312.45万元，其中：人员经费1,184.72万元，主要包括基本工资、津贴补贴、奖金等；公用经费177.73万元，主要包括办公费、印刷费等。", "1 sum_mismatch error")]
    // 一般债务 and 专项债务 split all of the debt: parts far short of the total are a mistake, not a selection.
    [InlineData("2024年，市财政局下达我区政府债务限额148.60亿元，其中一般债务限额55.30亿元、专项债务限额23.30亿元。", "1 sum_mismatch error")]
    [InlineData("2024年末全县常住人口38.52万人，其中城镇人口19.64万人，乡村人口18.68万人。", "1 sum_mismatch error")]
    // A 其中 inside an item of a 其中 list lists that item's parts up to its semicolon; the outer list goes on after it.
    [InlineData("“三公”经费支出21.37万元，其中：因公出国（境）费0万元；公务用车购置及运行费16.85万元，其中购置费9.80万元，运行费7.05万元；公务接待费4.25万元。", "1 sum_mismatch error")]
    [InlineData("“三公”经费支出21.37万元，其中：因公出国（境）费0万元；公务用车购置及运行费16.58万元，其中购置费9.80万元，运行费7.05万元；公务接待费4.79万元。", "1 sum_mismatch error")]
    // The list opens the next paragraph; the item is the actual amount, not the budget before it.
    [InlineData("2023年“三公”经费预算26.00万元，实际支出21.37万元，占预算的82.19％。\n其中：因公出国（境）费0万元；公务用车购置及运行费16.85万元，其中购置费9.80万元，运行费7.05万元；公务接待费4.25万元。", "1 sum_mismatch error")]
    // What is left is the amount less what was done (an inferred relation: a warning).
    [InlineData("审计发现问题金额1268.45万元，已追回1102.30万元，剩余161.65万元正在追缴中。", "1 sum_mismatch warning")]
    // The sentence after a total that states its parts is an implicit breakdown, checked as one.
    [InlineData("二是关于未及时收回到期借款1.84亿元的问题。已收回1.18亿元并全部上缴国库，剩余5600万元已与借款单位签订还款协议。", "1 sum_mismatch error")]
    // Quantities in a unit of measure add up like counts.
    [InlineData("全年粮食总产量45.82万吨，其中夏粮产量18.63万吨，秋粮产量27.46万吨。", "1 sum_mismatch error")]
    [InlineData("全社会用电量98.65亿千瓦时，其中第一产业用电量1.28亿千瓦时、第二产业用电量69.05亿千瓦时、第三产业用电量14.06亿千瓦时、城乡居民生活用电量14.62亿千瓦时。", "1 sum_mismatch error")]
    public void Check_PartsThatDoNotAddUp_GiveSumMismatch(string text, string expected) =>
        Assert.Equal([expected], Serious(text));

    [Theory]
    [InlineData("本年度总支出4314.39千元。其中工资福利支出1871.9千元，商品和服务支出1804.5千元，对个人和家庭补助638千元。")]
    [InlineData("二是关于未及时收回到期借款1.74亿元的问题。已收回1.18亿元并全部上缴国库，剩余5600万元已与借款单位签订还款协议。")]
    [InlineData("2023年“三公”经费预算26.00万元，实际支出21.37万元，占预算的82.19％。\n其中：因公出国（境）费0万元；公务用车购置及运行费16.85万元，其中购置费9.80万元，运行费7.05万元；公务接待费4.52万元。")]
    // 支出总计 after the semicolon is a sibling of 收入总计 with a list of its own.
    [InlineData("收入总计100.00万元，其中财政拨款80.00万元，其他收入20.00万元；支出总计95.00万元，其中基本支出60.00万元，项目支出35.00万元。")]
    [InlineData("支出3018.95千元，其中基本支出1900.95千元，项目支出1118.00千元。")]
    [InlineData("项目金额111.8万元，其中帮扶基金6.8万元，工会经费1050千元。")]
    [InlineData("全年专利授权量4,216件，其中发明专利授权562件。")]
    [InlineData("支出近3000万元，其中甲1500万元，乙1480万元。")]
    [InlineData("全体居民人均可支配收入32,846元。其中，城镇居民人均可支配收入41,652元；农村居民人均可支配收入20,318元。")]
    [InlineData("政府采购支出总额52.30万元，其中：货物支出14.60万元，服务支出37.70万元，授予中小企业合同金额52.30万元。")]
    [InlineData("支出100万元，主要用于办公费10万元、印刷费5万元等。")]
    [InlineData("支出1,000万元，其中：人员经费500万元，公用经费300万元。")]
    [InlineData("基本支出1,362.45万元，其中：人员经费1,184.72万元，主要包括基本工资、津贴补贴、奖金等；公用经费177.73万元，主要包括办公费、印刷费等。")]
    [InlineData("一般公共预算收入66.98亿元，加上上级补助收入86.42亿元、债务转贷收入12.00亿元、调入资金5.36亿元、上年结转3.24亿元，收入总计174.00亿元。")]
    [InlineData("收入总计92.46亿元减支出总计75.90亿元，结转下年16.56亿元。")]
    [InlineData("城乡居民基本养老保险基金收入12.36亿元，其中个人缴费收入3.12亿元、财政补贴收入8.86亿元、利息收入0.38亿元；支出9.42亿元，当年结余2.94亿元。")]
    [InlineData("学校固定资产原值286,482.36万元，累计折旧98,624.18万元，固定资产净值187,858.18万元。")]
    [InlineData("全年一般公共预算支出32.11亿元，加大民生投入，民生支出26.42亿元，总计占82.3%。")]
    // One total split two ways, sentence after sentence.
    [InlineData("全年社会消费品零售总额1286.42亿元，比上年增长6.9%。按经营地分，城镇消费品零售额1062.18亿元，增长6.6%；乡村消费品零售额224.24亿元，增长8.3%。按消费类型分，商品零售额1128.06亿元，增长6.5%；餐饮收入158.36亿元，增长9.6%。")]
    // The list after 其中 breaks down the year's amount, not the one it is compared with or the change.
    [InlineData("2024年“三公”经费预算38.60万元，比2023年预算42.80万元减少4.20万元，下降9.8%，其中：公务用车运行维护费30.60万元，公务接待费8.00万元。")]
    // Per-pupil rates and the factors of a product are no parts.
    [InlineData("小学生均公用经费720元，小学生28642人，安排2062.22万元；初中生均公用经费940元，初中生13486人，安排1267.68万元，合计3329.91万元。")]
    [InlineData("小学安排2062.22万元（28642人×720元），初中安排1267.68万元（13486人×940元），合计3329.91万元。")]
    // Findings counted in units are no split of the departments audited.
    [InlineData("对县教育局、县卫生健康局等15个部门及所属32个单位进行了审计。\n一是违规发放津贴补贴，2个单位违规发放加班补助。\n二是公务用车管理不规范，3个单位超预算列支。\n三是政府采购执行不严格，4个单位未执行政府采购程序。\n四是往来款项长期挂账，5个单位往来款项未及时清理。")]
    [InlineData("收入合计100万元，其中财政拨款80万元，其他收入20万元；支出合计95万元，用于日常运转。")]
    [InlineData("政府性基金支出300万元。\n一般公共预算财政拨款基本支出200万元。\n一般公共预算财政拨款项目支出50万元。")]
    public void Check_PartsThatAddUpWithinRounding_GiveNoFinding(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    // 死亡人口 ÷ 出生人口 is no rate of anything; population rates are per head of a population not stated.
    [InlineData("全年出生人口2.96万人，人口出生率为7.19‰；死亡人口2.63万人，人口死亡率为6.39‰。")]
    [InlineData("全年出生人口2.96万人，人口出生率为7.19%；死亡人口2.63万人，人口死亡率为6.39%。")]
    public void Check_PopulationRates_GiveNoShareMismatch(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    // The four budgets, and the levels of government, each have their own 结转下年 and 上级补助收入.
    [InlineData("全县一般公共预算支出241,860万元，结转下年3,600万元。\n全县政府性基金预算支出73,560万元，结转下年2,640万元。")]
    [InlineData("全市一般公共预算收入412.36亿元，加上上级补助收入231.58亿元，收入总计643.94亿元。\n市本级一般公共预算收入138.72亿元，加上上级补助收入86.45亿元，收入总计225.17亿元。")]
    // Categories named as the sentence's subject (货物类, 工程类) are entities of their own.
    [InlineData("全县政府采购预算金额68,450万元，实际采购金额63,180万元。\n货物类采购预算19,900万元，实际采购金额18,720万元。\n工程类采购预算32,480万元，实际采购金额29,840万元。")]
    // The projects a sentence counts scope its amounts.
    [InlineData("（一）交通项目34个，计划投资56.00亿元，完成投资48.62亿元。\n（二）水利项目26个，计划投资25.00亿元，完成投资21.36亿元。")]
    public void Check_SameLabelInAnotherBudgetAreaOrCategory_GivesNoRestatement(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    // A 其中 list of three main items is no complete list: their shares need not make 100%.
    [InlineData("全市一般公共预算支出685.24亿元，增长3.1%。其中：教育支出112.36亿元，占16.4%；社会保障和就业支出98.74亿元，占14.4%；卫生健康支出52.18亿元，占7.6%。")]
    // A clause comparing the total with its limit ends the list.
    [InlineData("年末全市政府债务余额1,286.45亿元，其中一般债务512.38亿元，专项债务774.07亿元，低于省核定的债务限额1,352.60亿元。")]
    // 竣工率 of the 续建项目 of the sentence before: 96 ÷ 148 = 64.9%.
    [InlineData("续建项目148个，新开工项目178个。新开工项目实际开工172个，开工率96.6%；续建项目中竣工96个，竣工率64.9%。")]
    public void Check_ListsAndRatesOfReportsToTheCongress_GiveNoFinding(string text) =>
        Assert.Empty(Serious(text));

    [Fact]
    public void Check_BalancesOfTwoAccountsOfOneFund_GiveNoRestatement() =>
        Assert.Empty(Serious("职工医保统筹基金收入62486.30万元，支出58362.10万元；本年收支结余4124.20万元。\n职工医保个人账户收入28642.60万元，个人账户支出26318.40万元，本年收支结余2324.20万元。"));

    [Fact]
    public void Check_FundsStatedInYuanBesideTheirUseInWanYuan_IsAUnitSlipOfTheFunds()
    {
        // 资金总额 = 实际支出 + 结余, stated in one sentence.
        var finding = Assert.Single(Checked.Findings("项目年度资金总额401.73元，实际支出386.57万元，结余15.16万元。"), f => f.Severity >= Severity.Warning);

        Assert.Equal(("unit_slip", 401.73m, "元"), (finding.Rule, finding.Stated, finding.Unit));
    }

    [Fact]
    public void Check_TotalInAnotherUnitThanAllItsParts_IsAUnitSlipOfTheTotal()
    {
        var finding = Assert.Single(Checked.Findings("全年社会消费品零售总额1,128.46万元，其中，城镇消费品零售额986.20亿元，乡村消费品零售额142.26亿元。"),
            f => f.Severity >= Severity.Warning);

        Assert.Equal(("unit_slip", 1128.46m, "万元"), (finding.Rule, finding.Stated, finding.Unit));
        Assert.Contains("单位疑为亿元之误", finding.MessageZh);
    }

    [Fact]
    public void Check_SplitBy分产业看WithOnePartInTheWrongMagnitude_IsAUnitSlip()
    {
        var finding = Assert.Single(Checked.Findings("全年全社会用电量98.65亿千瓦时,比上年增长5.4%。分产业看,第一产业用电量1.28万千瓦时,增长6.7%;第二产业用电量69.05亿千瓦时,增长4.9%;第三产业用电量14.06亿千瓦时,增长7.2%;城乡居民生活用电量14.26亿千瓦时,增长5.5%。"),
            f => f.Severity >= Severity.Warning);

        Assert.Equal(("unit_slip", 1.28m, "万千瓦时"), (finding.Rule, finding.Stated, finding.Unit));
    }

    [Fact]
    public void Check_OneSlippedUnit_IsAUnitSlipNotASumMismatch() =>
        Assert.Equal(["1 unit_slip error"], Serious("本年度总支出4314.39千元。其中工资福利支出1871.9千元，商品和服务支出1804.5千元，对个人和家庭补助638元。"));

    [Theory]
    [InlineData("机关运行经费2882.84千元，比2018年减少26.42千元，下降9.9%。", "1 change_mismatch error")]
    [InlineData("2020年度公务接待费支出1.52万元，2019年度公务接待费支出2.56万元，减少1.14万元。", "1 change_mismatch error")]
    [InlineData("全年办理登记业务8,642件，同比下降6.5%，上年同期为9,318件。", "1 change_mismatch error")]
    [InlineData("公务用车购置费预算24.60万元，比2022年增加24.60万元，增长100%。", "1 change_mismatch warning")]
    // The change names no item: it is the sentence before's (…总计均为4,807.19万元。与2021年度相比，…各增加…).
    [InlineData("2022年度收入、支出决算总计均为4,807.19万元。与2021年度相比，收、支总计各增加281.56万元，增长9.22%。", "1 change_mismatch error")]
    [InlineData("2022年度一般公共预算财政拨款支出2,398.61万元。与上年相比，增加25.24万元，增长3.68%。", "1 change_mismatch error")]
    // The change names the item the sentence before states (资产总额 → 行政事业单位资产总额; 三公经费 → 三公经费支出).
    [InlineData("全区行政事业单位资产总额286.42亿元，负债总额42.18亿元，净资产244.24亿元。资产总额比上年增加16.64亿元，增长7.0%。", "1 change_mismatch error")]
    [InlineData("2023年全市政府债务限额505.00亿元，其中一般债务限额186.40亿元，专项债务限额318.60亿元。全市政府债务限额比上年的453.70亿元增加51.60亿元。", "1 change_mismatch error")]
    [InlineData("2023年“三公”经费支出164800.80元，其中：公务接待费38260.00元，公务用车运行维护费126540.80元，因公出国（境）费0元。“三公”经费比上年的176910.00元减少12100.20元，下降6.84%。", "1 change_mismatch error")]
    // 超收 = actual − budget; 短收 = budget − actual.
    [InlineData("全县一般公共预算收入完成186,245万元，为调整预算182,000万元的102.33%，超收4,425万元，比上年增长5.8%。", "1 change_mismatch error")]
    [InlineData("政府性基金预算收入完成52,820万元，为调整预算60,000万元的88.03%，短收7,810万元。", "1 change_mismatch error")]
    // One slip, one finding: the rate fits the levels, the amount does not.
    [InlineData("全年粮食总产量32.46万吨，上年为31.18万吨，与上年相比增加1.82万吨，增长4.1%。", "1 change_mismatch error")]
    public void Check_ChangeThatDoesNotMatchTheLevels_GivesChangeMismatch(string text, string expected) =>
        Assert.Equal([expected], Serious(text));

    [Theory]
    [InlineData("机关运行经费2882.84千元，比2018年减少26.42千元，下降0.9%。")]
    [InlineData("机关运行经费2882.84千元，比2018年减少26.42千元，下降0.91%。")]
    [InlineData("三公经费12.46万元，比2021年度决算13.08万元减少0.62万元，下降4.7%。")]
    [InlineData("2022年度收入、支出决算总计均为4,807.19万元。与2021年度相比，收、支总计各增加281.56万元，增长6.22%。")]
    [InlineData("全区行政事业单位资产总额286.42亿元，负债总额42.18亿元，净资产244.24亿元。资产总额比上年增加18.64亿元，增长7.0%。")]
    [InlineData("2023年全市政府债务限额505.00亿元，其中一般债务限额186.40亿元，专项债务限额318.60亿元。全市政府债务限额比上年的453.70亿元增加51.30亿元。")]
    [InlineData("2023年“三公”经费支出164800.80元，其中：公务接待费38260.00元，公务用车运行维护费126540.80元，因公出国（境）费0元。“三公”经费比上年的176910.00元减少12109.20元，下降6.84%。")]
    [InlineData("全县一般公共预算收入完成186,245万元，为调整预算182,000万元的102.33%，超收4,245万元，比上年增长5.8%。")]
    [InlineData("政府性基金预算收入完成52,820万元，为调整预算60,000万元的88.03%，短收7,180万元。")]
    // 增产 is a change: 148.62万吨 up 2.14万吨 is up 1.5%.
    [InlineData("全年粮食总产量148.62万吨，比上年增产2.14万吨，增长1.5%。其中，夏粮产量52.36万吨，秋粮产量96.26万吨。")]
    // The main crops after 其中 are a selection of the harvest: short of the total is no warning.
    [InlineData("全年粮食总产量29.88万吨，比上年增长2.0%。其中，稻谷产量18.64万吨，小麦2.31万吨，玉米6.85万吨。")]
    public void Check_RoundedOrTruncatedRate_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    [InlineData("一般公共预算财政拨款支出500万元，其中：基本支出400万元，占70%；项目支出100万元，占20%。", "1 share_mismatch error")]
    [InlineData("支出1,024.36万元。城乡社区支出占62.4%，社会保障和就业支出占21.3%，卫生健康支出占9.6%，住房保障支出占7.9%。", "1 share_mismatch error")]
    [InlineData("年初预算为802.00万元，支出决算为736.52万元，完成年初预算的93.1%。", "1 share_mismatch error")]
    [InlineData("计划完成登记12,000宗，实际完成11,460宗，完成率98.5%。", "1 share_mismatch error")]
    // 占本年收入的 names 本年收入合计 (labelled 收入合计) without its total word.
    [InlineData("2023年本年收入合计8,768.75万元，较上年增加553.35万元。其中：财政拨款收入8,642.35万元，占本年收入的93.56%；其他收入126.40万元，占1.44%。", "1 share_mismatch error")]
    // 完成X的Y%: Y is the amount before the clause over X.
    [InlineData("一般公共预算收入128.64亿元，完成预算124.00亿元的108.7%，比上年增长7.7%。", "1 share_mismatch error")]
    [InlineData("全年城镇新增就业1,286人，完成目标任务1,200人的105.2％。", "1 share_mismatch error")]
    [InlineData("2023年化解存量隐性债务18.6亿元，完成年度化债任务15亿元的140.0%。", "1 share_mismatch error")]
    [InlineData("城镇新增就业目标5.5万人，实际新增5.86万人，完成目标的109.5%。", "1 share_mismatch error")]
    // 分别用于：… lists its parts past the first clause; the wrong share is one finding, not also the set's sum.
    [InlineData("新增专项债券26.40亿元，分别用于：交通基础设施项目8.60亿元，占32.6%；市政和产业园区基础设施项目9.20亿元，占34.8%；保障性安居工程项目4.80亿元，占13.2%；社会事业项目3.80亿元，占14.4%。", "1 share_mismatch error")]
    // Across a semicolon the rate is of the sentence's subject: 12.36 / 15.00 = 82.4%, not 78.4%.
    [InlineData("2022年度“三公”经费支出决算12.36万元，比上年决算数13.08万元减少0.72万元，下降5.5%；完成年初预算15.00万元的78.4%。", "1 share_mismatch error")]
    // 完成 alone names the rate of the budget and actual before it.
    [InlineData("2.市场监督管理事务(款)市场主体管理(项),科目编码2013804,年初预算50.00万元,支出决算48.30万元,完成94.60%。", "1 share_mismatch error")]
    // A rate after a semicolon that names its base (年初预算) is of the sentence's amounts: 8,524.18 / 7,860.00 = 108.45%.
    [InlineData("全年年初预算7,860.00万元，经追加调整后预算8,768.76万元，实际支出8,524.18万元，预算执行率97.21%；按年初预算计算的支出完成比例为111.5%。", "1 share_mismatch error")]
    // 一般公共预算 names a fund, not a budget: the amount is the actual one; the bracketed 2023 amount is the prior year's.
    [InlineData("2024年度一般公共预算财政拨款支出4596.95万元，同比增加333.03万元，增长7.81%（2023年度为4263.92万元）。年初预算为4380.60万元，完成年初预算的109.87%。", "1 share_mismatch error")]
    // 完成率 against the one target of the sentence; 整改完成率 is the 整改率, of what was rectified, not what is under way.
    [InlineData("新增就业12,460人，年度目标12,000人，完成率130.8%。", "1 share_mismatch error")]
    [InlineData("全年发现问题38个，已整改35个，正在整改3个，整改完成率95.1%。", "1 share_mismatch error")]
    // 城镇化率 = 城镇(常住)人口 ÷ 常住人口, the population stated in the sentence before.
    [InlineData("年末常住人口52.36万人，比上年末减少0.25万人，其中城镇常住人口29.17万人，乡村常住人口23.19万人。常住人口城镇化率为57.71%，比上年末提高1.06个百分点。", "1 share_mismatch error")]
    public void Check_ShareOrRateThatDoesNotMatch_GivesShareMismatch(string text, string expected) =>
        Assert.Equal([expected], Serious(text));

    [Theory]
    // No whole stated: the other three shares imply 12,487万元, of which 290.12万元 is 2.32%, not 0.37%.
    [InlineData("从结构看，教育支出3,126.40万元，占25.04%；社会保障和就业支出8,902.36万元，占71.29%，其中就业补助1,778.50万元；卫生健康支出168.42万元，占1.35%；住房保障支出290.12万元，占0.37%。", "1 share_mismatch error")]
    // The whole is named by the first share only, and trade categories may overlap: a warning.
    [InlineData("一般贸易进出口412.68亿元，占全市进出口总值的68.6%，比上年提高1.9个百分点；加工贸易进出口118.35亿元，占22.7%；以保税物流方式进出口70.34亿元，占11.7%。", "1 share_mismatch warning")]
    public void Check_ShareThatDoesNotFitTheWholeItsSiblingsImply_GivesShareMismatch(string text, string expected) =>
        Assert.Equal([expected], Serious(text));

    [Theory]
    [InlineData("一般贸易进出口412.68亿元，占全市进出口总值的68.6%；加工贸易进出口118.35亿元，占19.7%；以保税物流方式进出口70.34亿元，占11.7%。")]
    // 其中 opens a part of the item before: its share is of that item (80 ÷ 118.35 = 67.6%).
    [InlineData("一般贸易进出口412.68亿元，占全市进出口总值的68.6%；加工贸易进出口118.35亿元，占19.7%，其中机电产品80.00亿元，占67.6%；以保税物流方式进出口70.34亿元，占11.7%。")]
    // A share after a bracket of amounts is of the amount before the bracket.
    [InlineData("本年收入10,694.95万元，其中：财政拨款收入9,386.74万元（一般公共预算财政拨款9,236.74万元，政府性基金预算财政拨款150.00万元），占87.77%；事业收入1,245.80万元，占11.65%；其他收入62.41万元，占0.58%。")]
    public void Check_SharesThatImplyOneWhole_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    [InlineData("一般公共预算财政拨款支出500万元，其中：基本支出400万元，占80%；项目支出100万元，占20%。")]
    [InlineData("支出100万元。甲支出占33.3%，乙支出占33.3%，丙支出占33.3%。")]
    [InlineData("年初预算为802.00万元，支出决算为736.52万元，完成年初预算的91.8%。")]
    [InlineData("一般公共预算收入128.64亿元，完成预算124.00亿元的103.7%。")]
    [InlineData("全年共向126家企业兑付创新券，其中高新技术企业48家，科技型中小企业78家；完成计划目标120家的105.0%。")]
    // The actual is not stated here: 85600.00 is the first clause's budget, not the second's actual.
    [InlineData("基金收入完成预算85600.00万元的101.0%；基金支出完成预算83200.00万元的98.8%。")]
    // Two bases of one actual: 63.37 is a base, not the actual of 106.6%.
    [InlineData("一般公共预算支出完成62.48亿元，为调整预算63.37亿元的98.6%，为年初预算58.60亿元的106.6%。")]
    [InlineData("2.市场监督管理事务(款)市场主体管理(项),科目编码2013804,年初预算50.00万元,支出决算48.30万元,完成96.60%。")]
    [InlineData("全年年初预算7,860.00万元，经追加调整后预算8,768.76万元，实际支出8,524.18万元，预算执行率97.21%；按年初预算计算的支出完成比例为108.5%。")]
    [InlineData("2024年度一般公共预算财政拨款支出4596.95万元，同比增加333.03万元，增长7.81%（2023年度为4263.92万元）。年初预算为4380.60万元，完成年初预算的104.94%。")]
    [InlineData("年末常住人口52.36万人，比上年末减少0.25万人，其中城镇常住人口29.17万人，乡村常住人口23.19万人。常住人口城镇化率为55.71%，比上年末提高1.06个百分点。")]
    [InlineData("新增就业12,460人，年度目标12,000人，完成率103.8%。")]
    [InlineData("全年发现问题38个，已整改35个，正在整改3个，整改完成率92.1%。")]
    public void Check_ShareThatMatches_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    [InlineData("2021年度公务接待费预算数1560.05万元，决算数1511.89万元，决算数大于预算数。", "1 comparison_mismatch error")]
    [InlineData("项目支出95.60万元，较上年的108.40万元有所增加。", "1 comparison_mismatch error")]
    [InlineData("年末户籍人口318.62万人，上年末为320.15万人，比上年末有所增加。", "1 comparison_mismatch error")]
    [InlineData("公务接待费0万元，上年为0.5万元，与上年持平。", "1 comparison_mismatch error")]
    // Two amounts set side by side by the word.
    [InlineData("支出决算数96.20万元小于预算数85.00万元，主要原因是追加。", "1 comparison_mismatch error")]
    [InlineData("年末政府债务余额146.35亿元，低于限额136.80亿元。", "1 comparison_mismatch error")]
    // The sentence after the amounts compares them in words alone, as 决算公开 explain each item.
    [InlineData("年初预算为85.00万元，支出决算为96.20万元，完成年初预算的113.2%。决算数小于预算数的主要原因是增加了基层治理专项工作经费。", "1 comparison_mismatch error")]
    // 与X一致 compares with the amount named X.
    [InlineData("2024年收入预算总额5682.3450万元（上年为5410.2000万元）；支出预算总额5628.3450万元，与收入预算总额一致。", "1 comparison_mismatch error")]
    // The earlier amount in brackets right after the word.
    [InlineData("2024年“三公”经费财政拨款预算32.50万元，与上年预算持平（上年35.20万元）。", "1 comparison_mismatch error")]
    // Two growth rates compared in words, and the gap between them.
    [InlineData("城镇居民人均可支配收入48,265元，增长4.9%；农村居民人均可支配收入22,134元，增长7.0%，农村居民收入增速慢于城镇居民2.1个百分点。", "1 comparison_mismatch error")]
    [InlineData("城镇居民人均可支配收入48,265元，增长4.9%；农村居民人均可支配收入22,134元，增长7.0%，农村居民收入增速快于城镇居民1.2个百分点。", "1 comparison_mismatch error")]
    public void Check_WordingThatContradictsTheAmounts_GivesComparisonMismatch(string text, string expected) =>
        Assert.Equal([expected], Serious(text));

    [Theory]
    [InlineData("公务用车运行维护费8.40万元，与上年决算数8.4万元持平。")]
    [InlineData("2021年度公务接待费预算数1560.05万元，决算数1511.89万元，决算数小于预算数。")]
    [InlineData("2024年“三公”经费财政拨款预算32.50万元，与上年预算持平（上年32.50万元）。")]
    [InlineData("本年支出合计8,657,852.76元（折合865.79万元）。")]
    [InlineData("年末政府债务余额126.35亿元，低于限额136.80亿元。")]
    // 低于限额2.68亿元 gives the gap, not the limit.
    [InlineData("截至2023年末，全县政府债务余额65.82亿元，其中一般债务余额31.26亿元，专项债务余额34.56亿元，债务余额低于限额2.68亿元。")]
    [InlineData("年初预算为85.00万元，支出决算为96.20万元，完成年初预算的113.2%。决算数大于预算数的主要原因是增加了基层治理专项工作经费。")]
    [InlineData("城镇居民人均可支配收入48,265元，增长4.9%；农村居民人均可支配收入22,134元，增长7.0%，农村居民收入增速快于城镇居民2.1个百分点。")]
    // A fall is a negative rate: −1.2% is above −3.0%.
    [InlineData("规模以上工业增加值下降3.0%；服务业增加值下降1.2%，服务业增加值增速高于规模以上工业1.8个百分点。")]
    public void Check_WordingThatFitsTheAmounts_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    // The bracket gives the amount in another unit: it must be the same amount.
    [InlineData("本年支出合计8,657,852.76元（折合856.79万元）。", "1 restatement_conflict error")]
    [InlineData("第1行：工会经费1080.00千元。\n第2行：工会经费1050.00千元。", "2 restatement_conflict warning")]
    [InlineData("项目支出1118.00千元，其中行政事业单位工会经费1050.00千元，帮扶基金68.00千元。\n专项1118.00千元，主要用于：工会经费1080.00千元，帮扶基金38.00千元。", "2 restatement_conflict error")]
    // A 三公 item in the 三公 list and in its own paragraph.
    [InlineData("“三公”经费支出89.68万元，其中：因公出国（境）费0万元；公务用车购置及运行费86.42万元；公务接待费3.26万元。\n公务接待费3.06万元，共接待国内来访团组37批次。", "2 restatement_conflict warning")]
    public void Check_SameItemWithTwoValues_GivesRestatementConflict(string text, string expected) =>
        Assert.Contains(expected, Serious(text));

    [Theory]
    [InlineData("工会经费1118千元。\n工会经费111.8万元。")]
    [InlineData("2020年度工会经费1080.00千元。\n2019年度工会经费1050.00千元。")]
    public void Check_SameValueInOtherUnitsOrOtherYears_GivesNoRestatement(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    [InlineData("（一）工伤保险基金。本年收入3.2亿元，年末结存资金3.56亿元。\n（二）生育保险基金。本年收入1.1亿元，年末结存资金1.20亿元。")]
    [InlineData("三、基金分项情况\n1、工伤保险基金\n年末结存资金3.56亿元，可支付20个月。\n2、生育保险基金\n年末结存资金1.20亿元，可支付9个月。")]
    [InlineData("全省国有控股企业资产总额1,520.3亿元，负债总额860.2亿元。\n全省地方金融企业资产总额640.8亿元，负债总额575.1亿元。")]
    public void Check_SameLabelForTwoEntities_GivesNoRestatement(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    [InlineData("（一）工伤保险基金。本年收入3.2亿元，年末结存资金3.56亿元。\n据测算，年末结存资金3.65亿元，能够满足支付需要。\n（二）生育保险基金。年末结存资金1.20亿元。", "2 restatement_conflict warning")]
    [InlineData("全省国有控股企业资产总额1,520.3亿元，负债总额860.2亿元。\n截至年末，国有控股企业资产总额1,520.3亿元，负债总额868.2亿元。", "2 restatement_conflict warning")]
    public void Check_SameEntityWithTwoValues_GivesRestatementConflict(string text, string expected) =>
        Assert.Equal([expected], Serious(text));

    [Fact]
    public void Check_CumulativeAndYearlyAmountOfOneItem_GivesNoRestatement() =>
        Assert.Empty(Serious("本年度，发放助学贷款2.35亿元，惠及学生1.2万人。\n截至本年末，累计发放助学贷款18.60亿元。"));

    [Theory]
    [InlineData("本年度，发放助学贷款2.35亿元，惠及学生1.2万人。\n全年累计发放助学贷款2.53亿元。", "2 restatement_conflict warning")]
    [InlineData("截至本年末，累计发放助学贷款18.60亿元。\n本行自开办以来，累计发放助学贷款18.06亿元。", "2 restatement_conflict warning")]
    public void Check_TwoYearlyOrTwoCumulativeValues_GivesRestatementConflict(string text, string expected) =>
        Assert.Equal([expected], Serious(text));
}

