using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Reconciliation;

/// <summary>
/// Sentences of genres the first corpus did not have (budget adjustment plans, fiscal revenue analyses, census
/// bulletins, completion audits, inspection statistics): clean ones that were flagged, and mistakes in them that must be.
/// </summary>
public sealed class NewGenreRuleTests
{
    private static IReadOnlyList<string> Serious(string text) => Checked.Serious(text);

    [Theory]
    // 增收/减收/增支 name the change, not last year's amount.
    [InlineData("1—9月，一般公共预算收入86.42亿元，比上年同期增收4.35亿元，同比增长5.3%。")]
    [InlineData("政府性基金预算收入38.26亿元，比上年同期减收10.36亿元，同比下降21.3%。")]
    [InlineData("一般公共预算支出142.68亿元，比上年同期增支5.62亿元，同比增长4.1%。")]
    [InlineData("收入完成年度预算118.00亿元的73.2%，比上年同期增收4.35亿元，低于序时进度1.8个百分点。")]
    // A 其中 list ends at the next item named like its total (the next industry's tax).
    [InlineData("制造业税收21.46亿元，增长8.2%，其中装备制造业8.64亿元、电子信息产业5.92亿元；批发和零售业税收8.92亿元，增长5.6%；金融业税收6.18亿元，下降3.4%。")]
    // 增长 as a noun (对税收增长的拖累) claims nothing.
    [InlineData("房地产业税收9.84亿元，比上年的11.38亿元下降13.5%，对税收增长的拖累明显。")]
    // A nested share is of the base of its total's own share, as census bulletins write it.
    [InlineData("全县常住人口中，60岁及以上人口为122330人，占25.15%，其中65岁及以上人口为96480人，占19.84%。")]
    // One project's amounts are not the year's totals restated.
    [InlineData("全年共完成竣工决算审计86个，送审金额142683.56万元，审定金额131942.18万元，审减金额10741.38万元，平均审减率为7.53%。\n（一）县城北外环道路工程，送审金额6842.36万元，审定金额5926.18万元，审减金额916.18万元，审减率13.39%。")]
    // Budget adjustments: the parts of an adjusted total are the adjusted amounts; 调增/调减 are changes, not parts.
    [InlineData("一般公共预算收入年初预算186000万元，本次调减4800万元，调整后为181200万元。其中，税收收入年初预算132000万元，调减6400万元，调整后为125600万元；非税收入年初预算54000万元，调增1600万元，调整后为55600万元。")]
    [InlineData("一般公共预算收入年初预算186000万元，本次调减4800万元，调整后为181200万元。\n债务转贷收入年初预算12000万元，调增8000万元，调整后为20000万元。")]
    [InlineData("一般公共预算支出总计相应由489400万元调整为513950万元。其中，县本级支出由452600万元调整为469150万元，调增16550万元；上解上级支出16800万元，不作调整；债务还本支出由20000万元调整为28000万元，调增8000万元。")]
    [InlineData("政府性基金预算收入年初预算95000万元，调减18000万元，调整后为77000万元，下降18.9%。其中，国有土地使用权出让收入年初预算86000万元，调减18000万元，调整后为68000万元；其他政府性基金收入9000万元，不作调整。")]
    // 合格率 is of the 合格 amount, not of 不合格.
    [InlineData("全年完成食品安全监督抽检4200批次，其中合格4141批次，不合格59批次，抽检合格率98.6%。")]
    [InlineData("全县常住人口为486320人，减少5260人。全县共有家庭户162450户。\n全县常住人口中，男性人口为248110人，占51.02%；女性人口为238210人，占48.98%。")]
    [InlineData("全市民生支出累计113.86亿元，占一般公共预算支出的79.8%。其中，教育支出31.24亿元，同比增长6.2%；社会保障和就业支出24.85亿元，同比增长8.7%；卫生健康支出14.36亿元，同比增长3.9%。上述三项支出合计70.45亿元，是拉动支出增长的主要因素。")]
    [InlineData("2023年，本项目年度预算安排专项债券资金14000万元，实际支出13426.5万元，预算执行率为95.9%，未支出的573.5万元为工程质保金。\n本年度支出分别用于：厂区扩容土建及安装工程8214.3万元，管网新建及改造工程4362.8万元，污水处理设备购置649.4万元，工程建设其他费用200.0万元。")]
    // An excess claimed across a semicolon, of other things (乡镇 vs 工作日), compares nothing.
    [InlineData("一是截至6月底仍有3个乡镇支出进度低于80%；二是个别乡镇临时救助审批时限超过规定的15个工作日。")]
    // 加上年初结转: no 上年; the amount after 比上年 is last year's.
    [InlineData("加上年初结转和结余86,420.00元，本年支出合计12,698,085.10元。\n本年支出合计比上年11,846,520.30元增加851,564.80元。")]
    // Items after an opening balance (年初负债总额…、所有者权益…) are opening balances.
    [InlineData("年末负债总额172.38亿元，所有者权益114.07亿元。\n年初负债总额158.92亿元、所有者权益105.88亿元。")]
    // A total over the years is no whole of this period's amount.
    [InlineData("缴存总额612.38亿元，累计提取总额425.86亿元。\n提取额36.74亿元。\n住房消费类提取28.92亿元，占提取总额的78.7%。")]
    [InlineData("国有资本经营预算收入1,980万元，收入总计1,980万元；国有资本经营预算支出480万元，调出资金1,400万元，结转下年100万元，支出总计1,980万元。")]
    [InlineData("2023年全市共收到上级补助收入711,384万元，比上年增加42,964万元。\n上级补助收入由返还性收入、一般性转移支付收入和专项转移支付收入三部分构成：\n（一）返还性收入12,864万元，占1.81%，包括所得税基数返还；\n（二）一般性转移支付收入630,100万元，占88.57%；\n（三）专项转移支付收入68,420万元，占9.62%。")]
    [InlineData("工程类采购预算32,480万元，实际采购金额29,840万元，占47.2%，节约资金2,640万元，节约率8.1%。")]
    [InlineData("与上年末相比，国有企业资产总额862.48亿元，增加64.12亿元，增长8.03%（上年末798.36亿元）；国有资本权益比上年末的338.52亿元增长7.49%。")]
    // Budget and execution of each fund in a 其中 list: the executions are the parts, and each 执行率 is its own item's.
    [InlineData("截至6月30日，纳入监控的项目累计支出4500万元，预算执行率为45.0%。其中：一般公共预算项目预算8000万元，执行3600万元，执行率45.0%；政府性基金预算项目预算2000万元，执行900万元，执行率45.0%。")]
    // A named whole smaller than the part is the wrong amount, not a wrong share.
    [InlineData("2023年执行数中，其他国有资本经营预算收入380万元。\n2024年市级国有资本经营预算收入预计26400万元。\n2024年调出资金7920万元，占当年预算收入的30%。")]
    // 违规金额 of two hospitals are two cases.
    [InlineData("（一）定点医院方面。市第三人民医院串换床位费收取，涉及违规金额86.42万元，已全额追回。\n（二）基层医疗机构方面。南岭镇卫生院虚记诊疗项目，涉及违规金额12.68万元，已解除协议。")]
    // 进出口 is one word: 民营企业进出口 is no 出口.
    [InlineData("2023年全市进出口总值601.37亿元，其中，出口386.54亿元，进口214.83亿元。\n民营企业进出口398.72亿元，外商投资企业进出口156.43亿元，国有企业进出口46.22亿元，三类主体合计601.37亿元。")]
    // 占出口总值的 of 出口, not of 进出口总值.
    [InlineData("2023年全市货物贸易进出口总值601.37亿元，其中出口386.54亿元，进口214.83亿元。\n出口高新技术产品84.15亿元，占出口总值的21.8%。")]
    // Points changes of two items in one sentence, each against its own prior.
    [InlineData("医疗服务收入占医疗收入的比例为35.54%，比上年的33.97%提高1.57个百分点；药品收入占医疗收入的比例为28.88%，比上年下降1.57个百分点。")]
    // 主要用于 ends at the item's semicolon; 完成预算的X% with no budget in its item is not checked against the item before.
    [InlineData("其中：因公出国（境）费支出决算为10.76万元，完成预算的90.65%，全年安排因公出国（境）团组1个，累计1人次；公务用车购置及运行费支出决算为7.86万元，完成预算的56.26%，其中：公务用车购置费0.00万元，公务用车运行费7.86万元，主要用于13辆公务用车的燃料费、维修费等支出；公务接待费支出决算为7.42万元，完成预算的54.76%，全年共接待国内公务接待81批次、486人次。")]
    // The base a share fits is stated in its own sentence, after it: the whole found by name elsewhere was wrong.
    [InlineData("2024年一般公共预算收入479200万元。\n1.预算编制不够精准。12个部门年初预算未细化到具体项目，涉及金额2316.80万元，占年初部门预算项目支出的8.7%，部门预算项目支出为26630.00万元。")]
    // 约占 is approximate.
    [InlineData("涉及金额2316.80万元。\n审计高标准农田建设项目资金1350.00万元，发现工程结算多计价款23.85万元，约占结算金额的1.0%，结算金额为1246.18万元。")]
    // 主要用于14辆公务用车 is of 公务用车运行费, not of the 1辆 bought in the item before the semicolon.
    [InlineData("公务用车购置及运行费支出决算为381,003.61元，其中：公务用车购置费153,792.56元，本年度更新购置公务用车1辆；公务用车运行费227,211.05元，主要用于14辆公务用车的燃料费、维修费等支出。")]
    // A count before the sum word (两项) is no part.
    [InlineData("甲支出1200万元，乙支出800万元，两项合计2000万元。")]
    public void Check_CleanSentenceOfANewGenre_GivesNoErrorOrWarning(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    [InlineData("1—9月，一般公共预算收入86.42亿元，比上年同期增收4.53亿元，同比增长5.3%。", "1 change_mismatch error")]
    [InlineData("一般公共预算收入年初预算186000万元，本次调减4800万元，调整后为181300万元。", "1 change_mismatch error")]
    [InlineData("政府性基金预算收入年初预算95000万元，调减18000万元，调整后为77000万元，下降19.9%。", "1 change_mismatch error")]
    [InlineData("县本级支出由452600万元调整为469150万元，调增15550万元。", "1 change_mismatch error")]
    [InlineData("一般公共预算收入调整后为181200万元。其中，税收收入年初预算132000万元，调减6400万元，调整后为125600万元；非税收入年初预算54000万元，调增1600万元，调整后为56600万元。", "1 sum_mismatch error")]
    [InlineData("全年完成食品安全监督抽检4200批次，其中合格4141批次，不合格59批次，抽检合格率96.8%。", "1 share_mismatch error")]
    // A sentence opening with the whole it breaks down (全县常住人口中，… / 在法人单位中，…) gives its bare 占 their whole.
    [InlineData("全县常住人口为486320人，减少5260人。全县共有家庭户162450户。\n全县常住人口中，男性人口为248110人，占51.02%；女性人口为238210人，占45.98%。", "2 share_mismatch error")]
    [InlineData("全市共有从事第二产业和第三产业活动的法人单位38642个，增长47.7%；产业活动单位46218个。\n在法人单位中，企业法人单位31274个，占83.9%；机关、事业法人单位2146个，占5.6%。", "2 share_mismatch error")]
    // Text restating a table cell with its digits but another unit; the item after 发放 is what is paid out.
    [InlineData("全年向3264户符合条件的城镇住房困难家庭发放住房租赁补贴1468.8元，户均4500元。\n单位：万元\n项目\t预算数\t实际支出\n住房租赁补贴\t1500\t1468.8\n棚户区改造\t12800\t11264.2\n合计\t14300\t12733.0", "1 unit_slip error")]
    // A growth rate the text states for a table's item against the item's 同比增长% cell.
    [InlineData("分项看，税收收入累计完成60.18亿元，同比增长6.3%；非税收入累计完成26.24亿元，同比增长9.4%。\n单位：亿元\n项目\t年度预算\t1—9月累计\t上年同期\t同比增长%\n一般公共预算收入\t118.00\t86.42\t82.07\t5.3\n税收收入\t84.50\t60.18\t58.09\t3.6\n非税收入\t33.50\t26.24\t23.98\t9.4", "1 restatement_conflict warning")]
    // A counted sum (上述三项支出合计) is of exactly the last three amounts, in the sentences before too.
    [InlineData("全市民生支出累计113.86亿元，占一般公共预算支出的79.8%。其中，教育支出31.24亿元，同比增长6.2%；社会保障和就业支出24.85亿元，同比增长8.7%；卫生健康支出14.36亿元，同比增长3.9%。上述三项支出合计73.45亿元，是拉动支出增长的主要因素。", "1 sum_mismatch error")]
    // A paragraph opening with only the name of what it splits (本年度支出分别用于：) splits the amount the paragraph before stated.
    [InlineData("2023年，本项目年度预算安排专项债券资金14000万元，实际支出13426.5万元，预算执行率为95.9%，未支出的573.5万元为工程质保金。\n本年度支出分别用于：厂区扩容土建及安装工程8214.3万元，管网新建及改造工程4632.8万元，污水处理设备购置649.4万元，工程建设其他费用200.0万元。", "1 sum_mismatch error")]
    // Items of one marked list share the whole the first one named (占全口径税收的… of 全口径税收收入).
    [InlineData("2023年，全区税务部门组织全口径税收收入68.74亿元，比上年增加1.98亿元，增长3.0%。\n（一）国内增值税完成30.86亿元，增长9.4%，占全口径税收的44.9%。\n（二）企业所得税完成12.48亿元，下降4.3%，占15.2%。\n（三）个人所得税完成4.16亿元，增长11.8%，占6.1%。", "3 share_mismatch error")]
    // An 执行率 against the amount allocated (下达) in the paragraph before.
    [InlineData("（一）资金到位情况。2023年共下达就业补助资金2,865.00万元，其中中央资金1,920.00万元、省级资金645.00万元、县级配套资金300.00万元，资金到位率100%。\n（二）资金执行情况。截至2023年12月31日，实际支出2,731.48万元，预算执行率93.5%；结余133.52万元。", "2 share_mismatch error")]
    // A share of the list's total named in short (占经费支出的 of 本学期经费支出合计).
    [InlineData("本学期经费支出合计1,873,620.40元，其中：人员经费1,215,400.00元，占经费支出的69.4%；公用经费658,220.40元，占经费支出的35.1%。", "1 share_mismatch error")]
    [InlineData("2023年实际支出3,924.30万元，年末结转124.30万元。实际支出中：资助参保1,248.60万元，占29.82%；门诊救助486.20万元，占12.39%。", "1 share_mismatch error")]
    [InlineData("（二）城区防洪排涝提升工程完成投资6.82亿元，比计划6.50亿元超出0.22亿元。", "1 change_mismatch error")]
    [InlineData("新增供水户年度指标值8000户，实际完成8620户，完成率111.8%。", "1 share_mismatch error")]
    // A sentence of items closing with their 总计.
    [InlineData("国有资本经营预算支出480万元，调出资金1,400万元，结转下年100万元，支出总计2,980万元。", "1 sum_mismatch error")]
    // Sibling shares of an implied whole: the one that does not fit the amount the others fit.
    [InlineData("2023年全市共收到上级补助收入711,384万元，比上年增加42,964万元。\n上级补助收入由返还性收入、一般性转移支付收入和专项转移支付收入三部分构成：\n（一）返还性收入12,864万元，占5.81%，包括所得税基数返还；\n（二）一般性转移支付收入630,100万元，占88.57%；\n（三）专项转移支付收入68,420万元，占9.62%。", "3 share_mismatch error")]
    // A project's 结余 and 结余资金 are one item.
    [InlineData("截至2022年12月31日，项目实际支出886.42万元，预算执行率96.35%，结余33.58万元已按规定交回县财政。\n1.预算执行率未达100%，主要原因是结算审计尚未完成，结余资金33.78万元已收回。", "2 restatement_conflict warning")]
    // 雨露计划补助 is a programme, not a plan: it is a part of the list.
    [InlineData("（三）就业帮扶6,540万元，包括雨露计划补助620万元、跨省就业一次性交通补助380万元、公益性岗位补贴540万元。", "1 sum_mismatch warning")]
    // 占支出合计的 of the list's total, named 支出.
    [InlineData("2023年市本级国有资本经营预算支出8,726万元，完成预算的94.85%。其中，国有企业资本金注入3,600万元，占支出合计的64.2%，解决历史遗留问题及改革成本支出3,126万元。", "1 share_mismatch error")]
    // Money saved is the budget less the actual amount.
    [InlineData("工程类采购预算32,280万元，实际采购金额29,840万元，占47.2%，节约资金2,640万元，节约率8.1%。", "1 change_mismatch error")]
    // A sentence opening with the whole it breaks down (非税收入中，…) lists its parts; one in 元 among 万元 is a slip.
    [InlineData("其中：税收收入2,718.36万元，非税收入768.16万元。\n非税收入中，国有资源（资产）有偿使用收入416.20万元，行政事业性收费收入98.36万元，罚没收入53.60元，其他非税收入200.00万元。", "2 unit_slip error")]
    // The second comparison of one level in a sentence (…；比上年决算数…减少…，下降…) is checked too.
    [InlineData("“三公”经费比年初预算32.00万元减少3.54万元，下降11.1%；比上年决算数30.15万元减少1.69万元，下降8.6%。", "1 change_mismatch error")]
    // A total compared with last year, then 具体为： and its parts on the next line.
    [InlineData("2023年工会经费收入合计186.42万元，比上年171.30万元增加15.12万元，增长8.8%。具体为：\n会费收入12.36万元，拨缴经费收入138.50万元，上级补助收入20.00万元，行政补助收入21.00万元，其他收入3.56万元。", "1 sum_mismatch error")]
    // A bracket of amounts right after a total lists its parts, marker or not; one in 万元 among 亿元 is a slip.
    [InlineData("提取金额中，住房消费提取29.86亿元（购买12.36亿元、偿还贷款本息14.62亿元、租赁2.38万元、其他0.50亿元），非住房消费提取6.98亿元。", "1 unit_slip error")]
    public void Check_MistakeInANewGenre_IsFound(string text, string expected) =>
        Assert.Contains(expected, Serious(text));

    [Theory]
    [InlineData("一般公共预算收入年初预算186000万元，本次调减4800万元，调整后为181300万元。", "一般公共预算收入变动额4800万元与调整后181300万元、调整前186000万元之差4700万元不符")]
    [InlineData("工程类采购预算32,280万元，实际采购金额29,840万元，节约资金2,640万元。", "节约资金2,640万元与预算32,280万元、实际29,840万元之差2440万元不符")]
    public void Check_AdjustmentOrSaving_MessageNamesBudgetsNotPeriods(string text, string message) =>
        Assert.Equal([message], Checked.Findings(text).Where(f => f.Severity >= Severity.Warning).Select(f => f.MessageZh));

    [Fact]
    public void Check_NamedSharesShortOfHundred_IsAWarningNotAnError()
    {
        // The list may leave out 其他主体 on purpose: the sum is inferred to be complete only from coming close to 100%.
        var findings = Serious("企业R&D经费104.36亿元；政府属研究机构经费6.42亿元；高等学校经费11.26亿元；其他主体经费2.64亿元。企业、政府属研究机构、高等学校经费所占比重分别为83.7%、5.1%和9.0%。");

        Assert.Equal(["1 share_mismatch warning"], findings);
    }

    private const string LotteryFund = "全年彩票公益金支出6,154.43万元。\n（一）用于社会福利事业3,080.50万元，占支出总额的{0}。\n（二）用于体育事业2,468.93万元，占支出总额的40.1%。\n（三）用于其他公益事业605.00万元，占支出总额的9.8%。";

    [Theory]
    // No amount is labelled 支出总额: the whole is the nearest total-like amount whose label ends with 支出.
    [InlineData("54.1%", "2 share_mismatch warning")]
    [InlineData("50.1%", null)]
    public void Check_ShareOfWholeNamedOnlyByItsCore_IsCheckedAgainstTheNearestSuchAmountAsAWarning(string share, string? expected)
    {
        var findings = Serious(string.Format(LotteryFund, share));

        Assert.Equal(expected is null ? [] : [expected], findings);
    }

    [Theory]
    // 全县在校生总数 is not stated: 高中阶段在校生 is a part of it, not its whole.
    [InlineData("高中阶段在校生15,700人，比上年增加320人。\n全县共有民办学校42所。民办学校在校生9,870人，占全县在校生总数的10.0%。")]
    // 民营企业进出口 is one of the firms' groups, not 全市进出口总值.
    [InlineData("其中，民营企业进出口398.72亿元，增长9.8%；外商投资企业进出口156.43亿元，下降1.2%。\n对共建“一带一路”国家进出口268.94亿元，增长11.7%，占全市进出口总值的44.7%。")]
    public void Check_ShareOfUnstatedWhole_IsNotCheckedAgainstAPartOfIt(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    // The budget beside an actual amount is no new level of a change (较2021年决算数减少… is of the actual), and a
    // 预算 after 支出决算 is the item's budget, not the 决算's.
    [InlineData("2022年度“三公”经费财政拨款支出286,540.00元（28.65万元），年初预算320,000.00元，完成预算的89.54%；较2021年决算数减少34,215.60元，下降10.67%。具体情况如下：")]
    [InlineData("2024年度“三公”经费财政拨款支出决算6.72万元，预算9.00万元，完成预算的74.67%；较上年的7.35万元减少0.63万元，下降8.57%。")]
    // 与2022年度的X相比: X is the prior amount.
    [InlineData("（一）总体情况。2023年度一般公共预算财政拨款支出3841.27万元，占本年支出合计的98.94%（按3882.44万元计）。与2022年度的3529.06万元相比，增加312.21万元，增长8.85%，主要原因是农田建设和农业生产发展资金增加。")]
    // A rate in a later list item whose own amounts are not figures (公里), or whose sentence states its own actual amount.
    [InlineData("（一）产出指标。农村改厕目标300户，实际完成320户，完成率106.67%；农村公路养护目标85公里，实际完成86.5公里，完成率101.76%；村级组织运转经费保障率100%；财政资金支付及时率98.5%。")]
    [InlineData("（二）效益指标。全市城镇新增就业3.46万人，完成目标任务的108.1%；失业人员再就业1.23万人，完成率111.8%；就业困难人员实现就业3412人，完成率113.7%；年末城镇调查失业率为5.1%，控制在目标以内。")]
    // A 其中 list ends at the next item named like the total rather than the parts (各项贷款余额 after 住户存款余额).
    [InlineData("年末全县金融机构本外币各项存款余额312.46亿元，比年初增加28.36亿元，增长9.98%，其中住户存款余额246.38亿元，占78.9%；各项贷款余额218.74亿元，比年初增加21.52亿元，增长10.91%。")]
    // A list that adds up before its end ends there; parts adding up to the part before them are its breakdown.
    [InlineData("（一）衔接推进乡村振兴补助资金审计。审计了2023年衔接资金2.35亿元，其中中央资金1.42亿元（占60.4%）、省级资金0.56亿元、市级资金0.19亿元、县级资金0.18亿元，发现问题金额9326.5万元：一是3个乡镇8个产业项目建成后闲置或低效运行，涉及资金2146.8万元；二是资金拨付滞后，截至2023年底仍有6238.2万元未拨付，占全年衔接资金的26.5%；三是违规扩大范围使用衔接资金941.5万元。")]
    [InlineData("截至2024年7月底，已整改问题189个，整改率80.1%，其中立行立改152个、分阶段整改37个，尚未完成整改47个；已整改问题金额4.97亿元，占查出问题金额的77.9%；已追回资金1286.4万元，制定完善制度41项。")]
    [InlineData("2023年度项目支出6263167.42元，其中：学生资助1836250.00元，资助家庭经济困难学生683人，按每生每年2000元标准发放普通高中国家助学金136.6万元，落实免学费补助470250.00元；教学设备更新2380617.42元；校舍维修改造1246300.00元；课后服务经费800000.00元。")]
    [InlineData("全区一般公共预算收入42.37亿元，加上上级补助收入18.64亿元（其中返还性收入5200万元、一般性转移支付收入12.93亿元、专项转移支付收入5.19亿元），债务转贷收入6.20亿元，上年结转1.08亿元，调入资金3.75亿元，收入总计72.04亿元。")]
    // A sentence-opening 其中 is of the amount its parts add up to, and of none when none fits.
    [InlineData("2023年基本支出预算811.20万元。按经济分类：工资福利支出702.40万元，商品和服务支出96.30万元，对个人和家庭的补助12.50万元。其中人员经费714.90万元，公用经费96.30万元。")]
    [InlineData("全年预算数1586.40万元，执行1512.73万元，结余73.67万元。其中中央、省级、市级资金已全部支付，县级配套资金实际支出264.73万元，执行率78.23%，未支付的73.67万元为1个村因征地协调推迟开工形成的工程尾款，已结转至2024年继续使用。")]
    // Parts whose shares of the total add up to well under 100% are a selection.
    [InlineData("（一）基金收入。2024年全市社会保险基金收入合计286.54亿元，比上年的271.86亿元增加14.68亿元，增长5.4%。其中，保险费收入188.32亿元，占基金收入的65.7%；财政补贴收入71.45亿元，占基金收入的24.9%。")]
    // A total row followed by its own 其中 rows is not the sum of the 其中 rows of the total above it.
    [InlineData("收入支出决算对比表\n单位：元\n项目  2022年决算数  2021年决算数  增减额  增减率\n本年收入合计  37,675,605.91  35,410,344.75  2,265,261.16  6.40%\n  其中：财政拨款收入  36,418,265.73  33,902,118.40  2,516,147.33  7.42%\n        其他收入  1,257,340.18  1,508,226.35  -250,886.17  -16.63%\n本年支出合计  36,942,039.91  35,119,530.45  1,822,509.46  5.19%\n  其中：基本支出  24,836,571.29  23,715,604.88  1,120,966.41  4.73%\n        项目支出  12,105,468.62  11,403,925.57  701,543.05  6.15%")]
    // （二）结构情况 with a run of shares of its own is not of the whole （一） named.
    [InlineData("2022年度财政拨款收入36,418,265.73元，加上年初财政拨款结转和结余1,986,305.14元，财政拨款收支总计38,404,570.87元。财政拨款支出36,368,916.55元，全部为一般公共预算财政拨款支出，年末财政拨款结转和结余2,035,654.32元。\n六、一般公共预算财政拨款支出决算情况\n（一）总体情况：一般公共预算财政拨款支出36,368,916.55元，占本年支出的98.45%，比2021年决算数34,028,417.92元增加2,340,498.63元，增长6.88%。\n（二）结构情况：一般公共服务支出28,739,191.30元，占79.02%；社会保障和就业支出4,375,957.34元，占12.03%；卫生健康支出1,083,215.60元，占2.98%；住房保障支出2,170,552.31元，占5.97%。")]
    // 财政拨款收、支总计 is not the 收、支总计 of all funds; a closing balance after 一般公共预算财政拨款年初结转和结余 is that
    // fund's too.
    [InlineData("2023年度收、支总计4123.97万元。\n2023年度财政拨款收、支总计4064.06万元，比上年的3702.15万元增长9.78%。")]
    [InlineData("本年支出合计4927.74万元，其中：基本支出820.63万元，占16.65%；项目支出4107.11万元，占83.35%。年末结转和结余76.15万元。\n2024年度财政拨款收入4905.23万元，财政拨款支出4915.55万元，其中一般公共预算财政拨款支出4596.95万元、政府性基金预算财政拨款支出318.60万元。一般公共预算财政拨款年初结转和结余58.40万元，年末结转和结余48.08万元。")]
    // 发现问题金额 once per audited subject, each paragraph its own value: no item stated twice.
    [InlineData("重点审计了县财政局具体组织县级预算执行和编制县级决算草案情况，发现问题金额2.14亿元。主要问题：\n（一）衔接推进乡村振兴补助资金审计。审计了2023年衔接资金2.35亿元，其中中央资金1.42亿元（占60.4%）、省级资金0.56亿元、市级资金0.19亿元、县级资金0.18亿元，发现问题金额9326.5万元：一是3个乡镇8个产业项目建成后闲置或低效运行，涉及资金2146.8万元；二是资金拨付滞后，截至2023年底仍有6238.2万元未拨付，占全年衔接资金的26.5%；三是违规扩大范围使用衔接资金941.5万元。\n（二）养老服务资金审计。审计了县民政局等部门管理的养老服务资金7592.6万元，发现问题金额4128.3万元：一是14家养老机构虚报床位套取建设补贴312.4万元；二是2个养老服务中心建设项目进度滞后，3815.9万元资金沉淀。\n（三）医疗保障基金审计。审计了2023年城乡居民医疗保险基金和职工医疗保险基金收支情况，发现问题金额3445.2万元：一是5家定点医疗机构超标准收费、串换项目违规结算医保基金386.7万元；二是医保基金结余较多且未按规定转存定期，3058.5万元未实现保值增值。")]
    // Final round (half-width punctuation): 支出总计包括… after a semicolon is of 支出总计; (财政拨款)收、支总计各增加… is of
    // those totals; a share after a bracket of amounts is of the amount before the bracket; a sentence opening with its
    // whole (…支出中，…项目支出…) is not the report's 项目支出; 810元/人·月 is a standard, not an item.
    [InlineData("2023年度收入总计7,296.43万元，支出总计7,296.43万元。其中，收入总计包括本年收入6,884.07万元和年初结转和结余412.36万元；支出总计包括本年支出6,732.39万元和年末结转和结余564.04万元。与2022年度相比，收、支总计各增加374.68万元，增长5.41%。")]
    [InlineData("2023年度财政拨款收入总计7,240.63万元,其中本年财政拨款收入6,842.57万元、年初财政拨款结转和结余398.06万元;财政拨款支出总计7,240.63万元,其中本年财政拨款支出6,701.25万元、年末财政拨款结转和结余539.38万元。与2022年度相比,财政拨款收、支总计各增加352.47万元,增长5.12%。")]
    [InlineData("(一)收入情况。本年收入10,694.95万元,其中:财政拨款收入9,386.74万元(一般公共预算财政拨款9,236.74万元,政府性基金预算财政拨款150.00万元),占87.77%;事业收入1,245.80万元,占11.65%,主要为县疾控中心预防接种服务收入和检验检测收入;其他收入62.41万元,占0.58%。年初结转和结余380.25万元。")]
    [InlineData("本年支出合计6,732.39万元,其中:基本支出2,316.48万元,占本年支出合计的34.41%;项目支出4,415.91万元,占65.59%;无上缴上级支出、经营支出和对附属单位补助支出。基本支出主要用于保障机构正常运转和完成日常工作任务,项目支出主要用于农业生产发展、农田建设、动物防疫、农产品质量安全监管等专项工作。\n2023年度一般公共预算财政拨款支出中,基本支出2,287.62万元,项目支出4,013.63万元。基本支出中,人员经费2,034.15万元,主要包括基本工资、津贴补贴、奖金、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、住房公积金、退休费等;公用经费253.47万元,主要包括办公费、印刷费、水电费、邮电费、差旅费、维修(护)费、公务接待费、工会经费、福利费、公务用车运行维护费等。")]
    [InlineData("5.城市低保标准:年度指标值不低于800元/人·月,实际执行810元/人·月,较上年的780元提高30元,增长3.85%。\n6.农村低保标准:年度指标值不低于6900元/人·年,实际执行6960元/人·年(折合每人每月580元)。")]
    public void Check_CleanSentenceOfRound12_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    // Round 13 (blind writer): a list of spending items each with its budget and its actual amount adds up by the
    // actual ones; a 完成…目标任务的100% after a sentence that states its own rate is of a physical target; a rate
    // across a semicolon from an unrelated whole (65岁及以上老年人 of 常住人口) has no base here.
    [Theory]
    [InlineData("项目支出2,476.08万元，主要用于以下3个重点项目：\n（一）高标准农田建设项目。年度预算1,300.00万元，实际支出1,250.00万元，执行率96.15%。全年新建高标准农田1.5万亩，完成年度目标任务的100%；项目区新增灌溉面积0.82万亩。\n（二）耕地地力保护补贴项目。年度预算612.40万元，实际发放612.40万元，执行率100%。\n（三）农业技术推广项目。年度预算786.50万元，实际支出613.68万元，执行率78.03%。")]
    [InlineData("（一）基本公共卫生服务。全县常住人口45.02万人，建立居民电子健康档案41.60万份，建档率92.4％；65岁及以上老年人健康管理4.86万人，健康管理率72.5％。")]
    // 与收入预算总额一致 compares with the amount it names, not the bracketed prior year; 在编72人 is a head count.
    [InlineData("2024年收入预算总额5682.3450万元（上年为5410.2000万元），增加272.1450万元，增长5.03%；支出预算总额5682.3450万元，与收入预算总额一致。")]
    [InlineData("三、人员情况：核定编制78人，在职在编72人，其中专业技术人员61人、管理人员7人、工勤人员4人；离退休人员35人。")]
    public void Check_CleanSentenceOfRound13_GivesNoFinding(string text) =>
        Assert.Empty(Serious(text));

    [Theory]
    [InlineData("2022年度“三公”经费财政拨款支出286,540.00元（28.65万元），年初预算320,000.00元，完成预算的89.54%；较2021年决算数减少34,215.60元，下降12.67%。", "1 change_mismatch error")]
    [InlineData("2024年度“三公”经费财政拨款支出决算6.72万元，预算9.00万元，完成预算的78.67%；较上年的7.35万元减少0.63万元，下降8.57%。", "1 share_mismatch error")]
    [InlineData("截至2024年7月底，已整改问题189个，整改率80.1%，其中立行立改142个、分阶段整改37个，尚未完成整改47个。", "1 sum_mismatch error")]
    [InlineData("2023年度项目支出6263167.42元，其中：学生资助1836250.00元，发放普通高中国家助学金136.6万元，落实免学费补助470250.00元；教学设备更新2390617.42元；校舍维修改造1246300.00元；课后服务经费800000.00元。", "1 sum_mismatch error")]
    public void Check_MistakeInRound12Sentence_IsFound(string text, string expected) =>
        Assert.Equal([expected], Serious(text));

    [Theory]
    // 预算 = 执行 + 结余 stated in one sentence.
    [InlineData("全年预算数1586.40万元，执行1412.73万元，结余73.67万元。", "1 sum_mismatch warning")]
    [InlineData("全年预算数1586.40万元，执行1512.73万元，结余73.67万元。", null)]
    // 较年初预算增加… is against the 年初预算 the sentence states.
    [InlineData("部门年初预算1980.00万元，年中追加调整后全年预算数2412.60万元，较年初预算增加412.60万元。", "1 change_mismatch error")]
    [InlineData("部门年初预算1980.00万元，年中追加调整后全年预算数2412.60万元，较年初预算增加432.60万元。", null)]
    // 城镇化率 = 城镇人口 ÷ 常住人口; 户籍人口城镇化率 is of the registered population, not stated here.
    [InlineData("年末全县常住人口33.58万人，比上年末减少0.29万人。其中，城镇人口17.26万人，乡村人口16.32万人，城镇化率52.40%。", "1 share_mismatch error")]
    [InlineData("年末全县常住人口33.58万人，比上年末减少0.29万人。其中，城镇人口17.26万人，乡村人口16.32万人，城镇化率51.40%。", null)]
    [InlineData("年末全县常住人口33.58万人。其中，城镇人口17.26万人，户籍人口城镇化率45.20%。", null)]
    // 项目支出预算 in a budget disclosure is its 项目支出, not the shorter 支出预算 the name ends with.
    [InlineData("支出预算18,890.18万元，其中：基本支出3,412.96万元，占18.07%；项目支出15,477.22万元，占81.93%。\n2024年本部门27个项目全部编制绩效目标，涉及资金15,477.22万元，占项目支出预算的100%。", null)]
    // 提取额 names the 提取住房公积金 amount of its sentence.
    [InlineData("2024年，缴存额86.45亿元，同比增长5.6%。\n2024年，15.63万名缴存职工提取住房公积金68.26亿元，同比增长4.2%；提取额占当年缴存额的76.96%。", "2 share_mismatch error")]
    [InlineData("2024年，缴存额86.45亿元，同比增长5.6%。\n2024年，15.63万名缴存职工提取住房公积金68.26亿元，同比增长4.2%；提取额占当年缴存额的78.96%。", null)]
    // 整改率 of the problems found paragraphs before.
    [InlineData("本次审计发现各类问题236个。\n二、主要问题\n一是预算编制不细。\n三、整改情况\n截至2024年7月底，已整改问题189个，整改率83.1%。", "5 share_mismatch error")]
    [InlineData("本次审计发现各类问题236个。\n二、主要问题\n一是预算编制不细。\n三、整改情况\n截至2024年7月底，已整改问题189个，整改率80.1%。", null)]
    // A part of the report's 支出合计 against the same item stated on its own; a part of another whole is that whole's.
    [InlineData("2023年度支出合计27985236.48元，其中：基本支出12347618.92元；项目支出15637617.56元。\n2023年项目支出15637671.56元，主要用于以下方面：", "2 restatement_conflict warning")]
    [InlineData("新增债券中，一般债券8.40亿元；专项债券38.40亿元。\n再融资债券19.50亿元，其中一般债券12.64亿元、专项债券6.86亿元。", null)]
    public void Check_DefinedRelationOfRound12_IsChecked(string text, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], Serious(text));
}
