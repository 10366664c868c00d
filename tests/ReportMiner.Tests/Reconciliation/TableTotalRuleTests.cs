using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Reconciliation;

public sealed class TableTotalRuleTests
{
    /// <summary>A table block from rows of cell texts, lines counted from <paramref name="line"/>.</summary>
    internal static TableBlock Table(int line, string? caption, params string[][] rows)
    {
        var list = new List<TableRow>();
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = new List<TableCell>();
            var start = 0;
            for (var c = 0; c < rows[r].Length; c++)
            {
                cells.Add(new TableCell(rows[r][c], c, 1, 1, start));
                start += rows[r][c].Length + 1;
            }

            list.Add(new TableRow(null, line + r, cells));
        }

        return new TableBlock(null, line, caption, list);
    }

    internal static ExtractedDocument Extract(params Block[] blocks) =>
        new FigureExtractor().Extract(new SourceDocument("t.docx", SourceFormat.Docx, null, 100, blocks, []));

    private static List<Finding> Check(params Block[] blocks)
    {
        var doc = Extract(blocks);
        return new TableTotalRule().Check(doc).Concat(new TableRestatementRule().Check(doc)).ToList();
    }

    [Fact]
    public void Check_WrongTotalRow_OneErrorAtTheTotalsLine()
    {
        var findings = Check(Table(5, "表1 支出决算表 单位：万元",
            ["项目", "金额"],
            ["基本支出", "1,200.50"],
            ["项目支出", "800.00"],
            ["合计", "2,100.50"]));
        var f = Assert.Single(findings);
        Assert.Equal(TableTotalRule.RuleId, f.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(8, f.Location.Line);
        Assert.Equal(2100.50m, f.Stated);
        Assert.Equal(2000.50m, f.Computed);
        Assert.Equal(100.00m, f.Difference);
        Assert.Equal("万元", f.Unit);
    }

    [Fact]
    public void Check_ConsistentTable_NoFinding()
    {
        Assert.Empty(Check(Table(1, "单位：万元",
            ["项目", "金额"],
            ["合计", "2,000.50"],
            ["一、基本支出", "1,200.50"],
            ["（一）工资福利支出", "1,000.00"],
            ["（二）商品和服务支出", "200.50"],
            ["二、项目支出", "800.00"])));
    }

    [Fact]
    public void Check_RoundingDifferences_ClusteredIntoOneInfoPerTable()
    {
        var findings = Check(Table(1, "单位：万元",
            ["项目", "合计", "基本支出", "项目支出"],
            ["行政运行", "10.02", "5.00", "5.00"],
            ["一般行政管理事务", "20.03", "10.00", "10.01"],
            ["机关服务", "29.98", "15.00", "15.00"]));
        var f = Assert.Single(findings);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("3处", f.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CodeHierarchyWrongClassRow_ErrorOnTheClassRow()
    {
        var findings = Check(Table(1, "一般公共预算支出决算表 单位：万元",
            ["科目编码", "科目名称", "合计"],
            ["201", "一般公共服务支出", "150.00"],
            ["20101", "人大事务", "100.00"],
            ["2010101", "行政运行", "60.00"],
            ["2010102", "一般行政管理事务", "40.00"],
            ["20103", "政府办公厅（室）及相关机构事务", "40.00"],
            ["合计", "", "150.00"]));
        var f = Assert.Single(findings);
        Assert.Equal(2, f.Location.Line);
        Assert.Equal(150.00m, f.Stated);
        Assert.Equal(140.00m, f.Computed);
        var doc = Extract(Table(1, "单位：万元", ["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", "150.00"]));
        Assert.DoesNotContain(doc.Figures, x => x.Value == 201m);
    }

    [Fact]
    public void Check_TotalColumnWrongInOneRow_ErrorOnThatRow()
    {
        var findings = Check(Table(1, "单位：元",
            ["项目", "合计", "基本支出", "项目支出"],
            ["工资福利支出", "300", "200", "100"],
            ["商品和服务支出", "90", "50", "30"]));
        var f = Assert.Single(findings);
        Assert.Equal(3, f.Location.Line);
        Assert.Equal("合计", f.FigureIds.Count > 0 ? Extract(Table(1, "单位：元", ["项目", "合计", "基本支出", "项目支出"], ["商品和服务支出", "90", "50", "30"])).Figures[0].Column : null);
        Assert.Equal(80m, f.Computed);
    }

    [Fact]
    public void Check_WhichRowsShortOfTheirParent_NoFinding()
    {
        // 其中 names a selection: parts falling short of the parent is normal, exceeding it is not.
        Assert.Empty(Check(Table(1, "单位：万元",
            ["项目", "金额"],
            ["商品和服务支出", "100.00"],
            ["其中：办公费", "20.00"],
            ["差旅费", "30.00"])));
        var over = Check(Table(1, "单位：万元",
            ["项目", "金额"],
            ["商品和服务支出", "40.00"],
            ["其中：办公费", "20.00"],
            ["差旅费", "30.00"]));
        Assert.Single(over);
    }

    [Fact]
    public void Check_TextRestatesTotalWithOtherValue_RestatementConflictError()
    {
        var findings = Check(
            ParagraphBlock.SingleLine(null, 1, "2019年度收入支出总计0.3万元。"),
            Table(2, "收入支出决算总表 单位：万元",
                ["收入", "金额", "支出", "金额"],
                ["财政拨款收入", "2,961.68", "基本支出", "2,000.00"],
                ["其他收入", "0", "项目支出", "961.68"],
                ["收入总计", "2,961.68", "支出总计", "2,961.68"]));
        var f = Assert.Single(findings);
        Assert.Equal(RestatementRule.RuleId, f.Rule);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(1, f.Location.Line);
        Assert.Equal(0.3m, f.Stated);
    }

    [Fact]
    public void Check_TextRestatesTableWithSameValue_NoFinding()
    {
        Assert.Empty(Check(
            ParagraphBlock.SingleLine(null, 1, "基本支出2000万元，项目支出961.68万元。"),
            Table(2, "单位：万元", ["项目", "金额"], ["基本支出", "2,000.00"], ["项目支出", "961.68"])));
    }

    [Fact]
    public void Check_SameItemDiffersBetweenTables_Warning()
    {
        var findings = Check(
            Table(1, "收入支出决算总表 单位：万元", ["项目", "金额"], ["基本支出", "2,000.00"], ["项目支出", "961.68"]),
            Table(5, "支出决算表 单位：万元", ["项目", "合计"], ["基本支出", "2,100.00"], ["项目支出", "961.68"]));
        var f = Assert.Single(findings);
        Assert.Equal(RestatementRule.RuleId, f.Rule);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(6, f.Location.Line);
    }

    [Fact]
    public void Check_SameItemInTablesOfDifferentFunds_NoFinding()
    {
        // 教育支出 of all funds (支出决算表) and of 财政拨款 only (财政拨款支出决算表) are two amounts.
        var findings = Check(
            ParagraphBlock.SingleLine(null, 1, "支出决算表"),
            Table(2, "单位：万元", ["项目", "合计"], ["教育支出", "4,684.31"], ["卫生健康支出", "961.68"]),
            ParagraphBlock.SingleLine(null, 6, "财政拨款支出决算表"),
            Table(7, "单位：万元", ["项目", "合计"], ["教育支出", "4,484.01"], ["卫生健康支出", "961.68"]));

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_LineNumberColumnAndColumnNumberRow_AreNoFigures()
    {
        // 行次 numbers rows and 栏次 numbers columns: neither is summed into 合计.
        var doc = Extract(Table(1, "金额单位：元",
            ["项目", "行次", "金额"],
            ["栏次", "", "1"],
            ["一、一般公共预算财政拨款收入", "1", "28,220,660.04"],
            ["二、政府性基金预算财政拨款收入", "2", "6,373,314.96"],
            ["本年收入合计", "9", "34,593,975.00"]));

        Assert.DoesNotContain(doc.Figures, f => f.Column == "行次" || f.Label == "栏次");
        Assert.DoesNotContain(new TableTotalRule().Check(doc), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void Check_BareTotalRowsOfDifferentTables_NoFinding()
    {
        // Each table's 合计 is its own total: an income table's and an expense table's are not one item.
        Assert.Empty(Check(
            Table(1, "部门收入总表 单位：万元", ["项目", "金额"], ["合计", "86,423.15"], ["财政拨款", "80,211.40"], ["其他资金", "6,211.75"]),
            Table(6, "部门支出总表 单位：万元", ["项目", "金额"], ["合计", "90,401.02"], ["基本支出", "52,908.38"], ["项目支出", "37,492.64"])));
    }

    [Fact]
    public void Check_SanGongItemInBasicTableExceedsSanGongTable_Warning()
    {
        var findings = Check(
            Table(1, "一般公共预算财政拨款基本支出决算表 单位：万元", ["项目", "决算数"], ["办公费", "10.00"], ["公务接待费", "8.00"]),
            Table(5, "“三公”经费支出决算表 单位：万元", ["项目", "公务接待费", "因公出国（境）费"], ["决算数", "5.00", "0"]));
        var f = Assert.Single(findings, x => x.Rule == TableTotalRule.RuleId);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(3, f.Location.Line);
    }

    [Fact]
    public void Extract_BareCells_LabelColumnUnitAndNoFigureForPlaceholdersOrColumnNumbers()
    {
        var doc = Extract(Table(1, "表3 支出决算表",
            ["项目", "合计（万元）", "基本支出（万元）"],
            ["栏次", "1", "2"],
            ["一、基本支出", "-1,234.50", "—"],
            ["2019", "(12.00)", ""]));
        var first = doc.Figures[0];
        Assert.Equal(2, doc.Figures.Count);
        Assert.Equal("基本支出", first.Label);
        Assert.Equal("合计", first.Column);
        Assert.Equal(-1234.50m, first.Value);
        Assert.Equal("万元", first.Unit);
        Assert.Equal(-12_345_000m, first.BaseValue);
        Assert.True(first.InTable);
        Assert.Equal(-12.00m, doc.Figures[1].Value);
        Assert.Equal(new SourceSpan(null, 3, 7, 9), first.Span);
    }

    /// <summary>The table rules only, on a .txt document read through the real reader (text tables).</summary>
    private static List<Finding> CheckText(string text)
    {
        var doc = Checked.Extract(text);
        return new TableTotalRule().Check(doc).Concat(new TableRestatementRule().Check(doc)).Where(f => f.Severity >= Severity.Warning).ToList();
    }

    [Fact]
    public void Check_IndentedWhichRowThenUnindentedRow_UnindentedRowIsSiblingNotChildOfWhichParent()
    {
        // set3-15: 公务用车运行维护费 (indented) continues 其中; 公务接待费 (back at the margin) is a 三公 item of the 合计.
        var findings = CheckText(
            "金额单位：万元\n" +
            "项目\t年初预算数\t决算数\n" +
            "因公出国（境）费\t0.00\t0.00\n" +
            "公务用车购置及运行费\t18.00\t15.62\n" +
            "其中：公务用车购置费\t0.00\t0.00\n" +
            "      公务用车运行维护费\t18.00\t15.62\n" +
            "公务接待费\t6.00\t4.38\n" +
            "合计\t24.00\t21.00\n");
        var f = Assert.Single(findings);
        Assert.Equal((TableTotalRule.RuleId, Severity.Error, 8), (f.Rule, f.Severity, f.Location.Line));
        Assert.Equal((21.00m, 20.00m), (f.Stated, f.Computed));
        Assert.Equal("万元", f.Unit);
    }

    [Fact]
    public void Check_WhichRowsIndentedInDocxTableThenDedentedRow_DedentedRowNotAMemberOfTheParent()
    {
        var table = Table(1, "单位：万元",
            ["项目", "金额"],
            ["公务用车购置及运行费", "18.00"],
            ["其中：公务用车购置费", "0.00"],
            ["公务用车运行维护费", "18.00"],
            ["公务接待费", "6.00"],
            ["合计", "24.00"]);
        var rows = table.Rows.ToList();
        rows[3] = rows[3] with { Cells = [rows[3].Cells[0] with { Indent = 2 }, rows[3].Cells[1]] };
        Assert.Empty(Check(table with { Rows = rows }));
    }

    [Fact]
    public void Check_YearExpenditureTotalFollowedByCarryOver_CarryOverIsNotAMemberOfIt()
    {
        // set3-23: 本年支出合计 has no rows above it in its block; 年末结转和结余 below it belongs to 支出总计.
        Assert.Empty(CheckText(
            "金额单位：万元\n" +
            "一般公共预算财政拨款收入\t2,862.30\n" +
            "其他收入\t424.12\n" +
            "本年收入合计\t3,286.42\n" +
            "年初结转和结余\t48.36\n" +
            "收入总计\t3,334.78\n" +
            "本年支出合计\t3,298.54\n" +
            "年末结转和结余\t36.24\n" +
            "支出总计\t3,334.78\n"));
    }

    [Fact]
    public void Check_YearTotalHeadingTheTable_CarryOverAfterItIsNotAMember()
    {
        Assert.Empty(Check(Table(1, "单位：万元",
            ["项目", "金额"],
            ["本年支出合计", "3,298.54"],
            ["年末结转和结余", "36.24"],
            ["支出总计", "3,334.78"])));
    }

    [Fact]
    public void Check_GrandTotalWrongAfterYearTotalAndCarryOver_ErrorAgainstYearTotalPlusCarryOver()
    {
        var f = Assert.Single(CheckText(
            "金额单位：万元\n" +
            "一般公共预算财政拨款收入\t2,862.30\n" +
            "其他收入\t424.12\n" +
            "本年收入合计\t3,286.42\n" +
            "年初结转和结余\t48.36\n" +
            "收入总计\t3,334.78\n" +
            "本年支出合计\t3,298.54\n" +
            "年末结转和结余\t36.24\n" +
            "支出总计\t3,344.78\n"));
        Assert.Equal((TableTotalRule.RuleId, Severity.Error, 9), (f.Rule, f.Severity, f.Location.Line));
        Assert.Equal(3334.78m, f.Computed);
    }

    [Fact]
    public void Check_IncomeBlockThenExpenditureBlock_IncomeTotalIsNotAMemberOfExpenditureTotal()
    {
        // set3-24: each 总计 closes its own block.
        Assert.Empty(CheckText(
            "金额单位：万元\n" +
            "一般公共预算拨款收入    1,786.20\n" +
            "上年结转    76.20\n" +
            "收入总计    1,862.40\n" +
            "一般公共服务支出    862.36\n" +
            "农林水支出    486.20\n" +
            "社会保障和就业支出    513.84\n" +
            "支出总计    1,862.40\n"));
    }

    [Fact]
    public void Check_ExpenditureBlockTotalWrong_ErrorComputedFromExpenditureRowsOnly()
    {
        var f = Assert.Single(CheckText(
            "金额单位：万元\n" +
            "一般公共预算拨款收入    1,786.20\n" +
            "上年结转    76.20\n" +
            "收入总计    1,862.40\n" +
            "一般公共服务支出    862.36\n" +
            "农林水支出    486.20\n" +
            "社会保障和就业支出    503.84\n" +
            "支出总计    1,862.40\n"));
        Assert.Equal((TableTotalRule.RuleId, 8), (f.Rule, f.Location.Line));
        Assert.Equal(1852.40m, f.Computed);
    }

    [Fact]
    public void Check_TotalRowAtTopOfTable_AddsUpTheRowsAfterIt()
    {
        var f = Assert.Single(Check(Table(1, "单位：万元",
            ["项目", "金额"],
            ["合计", "2,100.50"],
            ["一、基本支出", "1,200.50"],
            ["二、项目支出", "800.00"])));
        Assert.Equal((2, 2000.50m), (f.Location.Line, f.Computed));
    }

    [Fact]
    public void Check_TextRestatesTextTableRowWithTransposedDigits_RestatementConflictWarning()
    {
        // set3-10: a heading line (项目  决算数) between the unit line and the rows; the table's unit still applies.
        var findings = CheckText(
            "金额单位：万元\n" +
            "项目\t决算数\n" +
            "一般公共预算财政拨款收入\t2,416.35\n" +
            "政府性基金预算财政拨款收入\t520.00\n" +
            "其他收入\t25.33\n" +
            "本年收入合计\t2,961.68\n" +
            "二、财政拨款收入情况：2022年度一般公共预算财政拨款收入2,461.35万元。\n");
        var f = Assert.Single(findings);
        Assert.Equal((RestatementRule.RuleId, Severity.Warning, 7), (f.Rule, f.Severity, f.Location.Line));
        Assert.Equal((2461.35m, 2416.35m), (f.Stated, f.Computed));
    }

    private const string ExpenditureTable2023 =
        "一、2023年支出决算情况\n" +
        "单位：万元\n" +
        "项目\t决算数\n" +
        "设备购置费\t420.00\n" +
        "办公费\t80.00\n" +
        "合计\t500.00\n";

    [Fact]
    public void Check_TextOnAnotherYearThanTheTable_NoRestatement() =>
        Assert.Empty(CheckText(ExpenditureTable2023 + "二、2024年支出预算安排\n2024年安排设备购置费460.00万元，办公费80.00万元。\n"));

    [Fact]
    public void Check_TextOnTheTablesYearWithOtherValue_RestatementConflictWarning()
    {
        var f = Assert.Single(CheckText(ExpenditureTable2023 + "二、2023年决算说明\n2023年设备购置费402.00万元，主要用于更新执法装备。\n"));
        Assert.Equal((RestatementRule.RuleId, Severity.Warning, 8), (f.Rule, f.Severity, f.Location.Line));
        Assert.Equal((402.00m, 420.00m), (f.Stated, f.Computed));
    }

    private const string TwoYearTable =
        "单位：万元\n" +
        "项目\t2023年执行数\t2024年预算数\n" +
        "设备购置费\t420.00\t460.00\n" +
        "办公费\t80.00\t80.00\n" +
        "印刷费\t20.00\t24.00\n";

    [Fact]
    public void Check_TextOnAYearNoColumnHas_NoRestatement() =>
        Assert.Empty(CheckText(TwoYearTable + "2022年设备购置费支出较少，设备购置费380.00万元。\n"));

    [Fact]
    public void Check_TextOnAColumnsYearWithOtherValue_RestatementConflictWarning()
    {
        var f = Assert.Single(CheckText(TwoYearTable + "2024年设备购置费470.00万元，比上年增加50.00万元。\n"));
        Assert.Equal((RestatementRule.RuleId, Severity.Warning, 6), (f.Rule, f.Severity, f.Location.Line));
        Assert.Equal((470.00m, 460.00m), (f.Stated, f.Computed));
    }

    private static List<Finding> CheckRatios(params Block[] blocks)
    {
        var doc = Extract(blocks);
        return new ChangeRule().Check(doc).Concat(new ShareRule().Check(doc)).Where(f => f.Severity >= Severity.Warning).ToList();
    }

    [Fact]
    public void Check_GrowthColumnThatDoesNotMatchItsRow_ChangeMismatchOnThatRow()
    {
        var findings = CheckRatios(Table(3, "分县情况（单位：万元）",
            ["县别", "2023年", "2022年", "增长%"],
            ["苍溪县", "52,860", "46,320", "14.1"],
            ["剑阁县", "48,620", "44,180", "12.0"],
            ["合计", "101,480", "90,500", "12.1"]));

        var f = Assert.Single(findings);
        Assert.Equal((ChangeRule.RuleId, 5, 12.0m), (f.Rule, f.Location.Line, f.Stated));
    }

    [Fact]
    public void Check_ExecutionRateAgainstTheBudgetItsHeadingNames_OnlyTheWrongCellFlagged()
    {
        // 完成调整预算% is against 调整预算, not 年初预算: 862.45 / 868.00 = 99.36%, and the 农林水 row's 99.82% is wrong.
        var findings = CheckRatios(Table(10, "单位：万元",
            ["功能分类", "年初预算", "调整预算", "决算数", "完成调整预算%"],
            ["一般公共服务支出", "820.00", "868.00", "862.45", "99.36"],
            ["农林水支出", "540.00", "612.00", "598.64", "99.82"]));

        var f = Assert.Single(findings);
        Assert.Equal((ShareRule.RuleId, 12), (f.Rule, f.Location.Line));
    }

    [Fact]
    public void Check_RateNamingNeitherOfTwoBudgets_FlaggedOnlyWhenItFitsNeither()
    {
        // 执行率 names neither 年初预算 nor 调整预算: a rate fitting either is right; 50.0% fits neither.
        var findings = CheckRatios(Table(1, "单位：万元",
            ["项目", "年初预算", "调整预算", "决算数", "执行率"],
            ["甲", "100.00", "120.00", "110.00", "110.0"],
            ["乙", "100.00", "120.00", "110.00", "91.7"],
            ["丙", "100.00", "120.00", "110.00", "50.0"]));

        var f = Assert.Single(findings);
        Assert.Equal((ShareRule.RuleId, 4), (f.Rule, f.Location.Line));
    }

    [Fact]
    public void Check_GrowthAgainstThePriorYearColumnOfTheSameMeasure_Checked()
    {
        // 执行数 beside 上年执行数: 54,862.36 / 49,318.42 − 1 = 11.2%, not 13.2%.
        var findings = CheckRatios(Table(1, "单位：万元",
            ["项目", "预算数", "执行数", "完成预算%", "上年执行数", "比上年增长%"],
            ["增值税", "52,680", "54,862.36", "104.1", "49,318.42", "13.2"]));

        var f = Assert.Single(findings);
        Assert.Equal((ChangeRule.RuleId, 2, 13.2m), (f.Rule, f.Location.Line, f.Stated));
    }

    [Fact]
    public void Check_UnmarkedRowsUnderNumberedRowsWithoutIndentation_AreTheirItems()
    {
        // 一、 and 二、 are the 合计's parts; 增值税 and 契税 are 一、's items though the table does not indent them.
        var findings = Check(Table(1, "表1 一般公共预算收入执行情况表 单位：万元",
            ["项目", "执行数"],
            ["一、税收收入", "300"],
            ["增值税", "200"],
            ["契税", "100"],
            ["二、非税收入", "50"],
            ["专项收入", "30"],
            ["罚没收入", "20"],
            ["合计", "350"]));

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void Check_PerUnitColumn_NotSummedOverRows()
    {
        // 单产（公斤/亩） of the crops is no part of the 粮食 total's yield.
        var findings = Check(Table(1, null,
            ["品种", "播种面积（万亩）", "产量（万吨）", "单产（公斤/亩）"],
            ["粮食合计", "60.03", "25.86", "430.8"],
            ["稻谷", "38.65", "18.24", "471.9"],
            ["小麦", "21.38", "7.62", "356.4"]));

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void Check_RowOfTheParentsKindAfterAnOfWhichRow_IsTheParentsSibling()
    {
        // 其他类 is a category like 汽车类, not one of its items: 合计 80 = 汽车类 50 + 其他类 30.
        var findings = Check(Table(1, "单位：亿元",
            ["商品类别", "2023年", "2022年"],
            ["合计", "80.00", "70.00"],
            ["汽车类", "50.00", "45.00"],
            ["其中：新能源汽车", "18.00", "13.00"],
            ["其他类", "30.00", "25.00"]));

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void Check_AreaRowHeadingATableOfItsTowns_IsTheTotal()
    {
        // 全县 first, then its towns: a town's wrong count shows against it, at 全县's line.
        var findings = CheckText(
            "表1 各乡镇常住人口\n" +
            "地区\t常住人口（人）\t比重（%）\n" +
            "全县\t486320\t100.00\n" +
            "城关镇\t168420\t34.63\n" +
            "青石镇\t74860\t15.39\n" +
            "白云乡\t48530\t9.92\n" +
            "其他乡镇\t194520\t40.00\n");

        var f = Assert.Single(findings);
        Assert.Equal((TableTotalRule.RuleId, 3, 486320m, 486330m), (f.Rule, f.Location.Line, f.Stated, f.Computed));
    }

    [Fact]
    public void Check_AreaRowOfAnAverageColumn_IsNoSum()
    {
        // 降水量（毫米） of 全市 is the towns' average: only the additive columns are checked.
        var findings = CheckText(
            "流域\t面积（平方公里）\t降水量（毫米）\t降水总量（亿立方米）\n" +
            "东江流域\t2480\t1246.8\t30.92\n" +
            "西溪流域\t1862\t1132.6\t21.09\n" +
            "南河流域\t1425\t1151.6\t16.41\n" +
            "全市\t5767\t1186.4\t68.42\n");

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_TextTableWithACodeColumn_IsReadAndChecked()
    {
        // 科目编码 in a column of its own, 合计 with an empty code cell: the amounts stay under their headings.
        var findings = CheckText(
            "单位：元\n" +
            "科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
            "210\t卫生健康支出\t1,200.00\t700.00\t500.00\n" +
            "21001\t卫生健康管理事务\t700.00\t700.00\t0.00\n" +
            "21004\t公共卫生\t500.00\t0.00\t500.00\n" +
            "合计\t\t1,200.00\t700.00\t600.00\n");

        var f = Assert.Single(findings);
        Assert.Equal((TableTotalRule.RuleId, 6), (f.Rule, f.Location.Line));
    }

    [Fact]
    public void Check_OfWhichGroupNamingItsRemainder_MustAddUp()
    {
        // 其中 rows that end with 其他管理费 list every part of 管理费用: short of it, they are a mistake, not a selection.
        var findings = CheckText(
            "单位：元\n" +
            "支出项目\t本季度金额\n" +
            "经营支出\t21,350.00\n" +
            "管理费用\t96,428.40\n" +
            "  其中：村干部报酬\t72,000.00\n" +
            "        办公费\t8,165.40\n" +
            "        其他管理费\t13,000.00\n" +
            "公益事业支出\t158,760.00\n" +
            "支出合计\t276,538.40\n");

        var f = Assert.Single(findings);
        Assert.Equal((TableTotalRule.RuleId, 4), (f.Rule, f.Location.Line));
    }

    [Theory]
    // A 增减额 column against 本年数 − 上年数.
    [InlineData("项目\t本年数\t上年数\t增减额\t增减%\n营业收入\t312,400.00\t287,600.00\t24,800.00\t8.62\n营业成本\t286,400.00\t258,000.00\t24,400.00\t11.01\n利润总额\t26,000.00\t29,600.00\t-3,600.00\t-12.16\n", 3)]
    // 单位：亿元、%: the 同比增长 column holds percentages though its heading prints no %.
    [InlineData("单位：亿元、%\n项目\t本年\t上年\t同比增长\n甲\t74.38\t61.20\t12.5\n乙\t20.00\t10.00\t100.0\n丙\t30.00\t20.00\t50.0\n", 3)]
    // A 同比增长% column where the current column is only 1—9月累计, beside 年度预算 and 上年同期.
    [InlineData("单位：亿元\n科目\t年度预算\t1—9月累计\t上年同期\t同比增长%\n教育支出\t28.60\t21.35\t20.29\t8.2\n社会保障和就业支出\t24.80\t19.86\t18.41\t7.9\n卫生健康支出\t12.40\t9.12\t8.76\t4.1\n", 3)]
    public void Check_ChangeColumnsAgainstTheRowsPeriods_ChangeMismatchOnTheWrongRow(string table, int line)
    {
        var doc = Checked.Extract(table);
        var findings = new ChangeRule().Check(doc).Where(f => f.Severity >= Severity.Warning).ToList();

        var f = Assert.Single(findings);
        Assert.Equal(("change_mismatch", line), (f.Rule, f.Location.Line));
    }

    [Fact]
    public void Check_RowsBreakingDownTheRowBeforeThem_AreNotAddedTwice()
    {
        // 年初结转和结余 and, under it (indented in the document, not in the cells), its two funds: 总计 is 本年收入合计
        // plus 年初结转和结余 alone.
        var findings = Check(Table(1, "单位：万元",
            ["项目", "金额"],
            ["一、财政拨款收入", "5,100.00"],
            ["二、其他收入", "112.63"],
            ["本年收入合计", "5,212.63"],
            ["使用非财政拨款结余", "0.00"],
            ["年初结转和结余", "41.88"],
            ["一般公共预算财政拨款", "23.07"],
            ["政府性基金预算财政拨款", "18.81"],
            ["总计", "5,254.51"]));

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.Warning);
    }

    /// <summary>The basic-expenditure table printed in three groups of 科目编码 | 科目名称 | 决算数.</summary>
    private static TableBlock GroupedTable(string wages)
    {
        static TableRow Row(int line, params (int Column, int Span, string Text)[] cells)
        {
            var start = 0;
            var list = new List<TableCell>();
            foreach (var (column, span, text) in cells)
            {
                list.Add(new TableCell(text, column, span, 1, start));
                start += text.Length + 1;
            }

            return new TableRow(null, line, list);
        }

        (int, int, string)[] Cells(params string[] texts) => texts.Select((t, i) => (i, 1, t)).ToArray();
        return new TableBlock(null, 1, "单位：万元",
        [
            Row(1, (0, 3, "人员经费"), (3, 6, "公用经费")),
            Row(2, Cells("科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数")),
            Row(3, Cells("301", "工资福利支出", wages, "302", "商品和服务支出", "50.00", "30217", "公务接待费", "10.00")),
            Row(4, Cells("30101", "基本工资", "100.00", "30201", "办公费", "40.00", "310", "资本性支出", "5.00")),
            Row(5, Cells("30102", "津贴补贴", "200.00", "", "", "", "31002", "办公设备购置", "5.00")),
            Row(6, Cells("303", "对个人和家庭的补助", "40.00", "", "", "", "", "", "")),
            Row(7, Cells("30302", "退休费", "40.00", "", "", "", "", "", "")),
            Row(8, (0, 2, "人员经费合计"), (2, 1, "340.00"), (3, 5, "公用经费合计"), (8, 1, "55.00")),
        ]);
    }

    [Fact]
    public void Check_TableInSideBySideGroups_IsReadAsOneList()
    {
        // 302 continues in the third group (30217); 公用经费合计 = 302 + 310; 人员经费合计 = 301 + 303.
        Assert.DoesNotContain(Check(GroupedTable("300.00")), f => f.Severity >= Severity.Warning);
    }

    [Fact]
    public void Check_TableInSideBySideGroupsWithAWrongClassRow_ErrorOnThatRow()
    {
        var findings = Check(GroupedTable("310.00")).Where(f => f.Severity >= Severity.Warning).ToList();

        Assert.Contains(findings, f => f.Location.Line == 3 && f.Stated == 310.00m && f.Computed == 300.00m);
    }

    [Theory]
    [InlineData("39.39", false)]
    [InlineData("41.39", true)]
    public void Check_TotalColumnOverASubgroupWithItsOwnSubtotal_CountsTheSubtotal(string total, bool wrong)
    {
        // 合计 = 因公出国（境）费 + 公务用车购置及运行费/小计 + 公务接待费; 购置费 and 运行费 are inside the 小计.
        static TableRow Row(int line, params (int Column, int Span, string Text)[] cells) =>
            new(null, line, cells.Select(c => new TableCell(c.Text, c.Column, c.Span, 1, c.Column * 8)).ToList());

        var table = new TableBlock(null, 1, "单位：万元",
        [
            Row(1, (0, 1, "合计"), (1, 1, "因公出国（境）费"), (2, 3, "公务用车购置及运行费"), (5, 1, "公务接待费")),
            Row(2, (2, 1, "小计"), (3, 1, "公务用车购置费"), (4, 1, "公务用车运行费")),
            Row(3, (0, 1, total), (1, 1, "11.87"), (2, 1, "13.97"), (3, 1, "0.00"), (4, 1, "13.97"), (5, 1, "13.55")),
        ]);

        var findings = Check(table).Where(f => f.Severity >= Severity.Warning).ToList();

        Assert.Equal(wrong, findings.Count > 0);
    }

    [Theory]
    [InlineData("3,378.62", false)]
    [InlineData("3,478.62", true)]
    public void Check_TextTableTotalRowWithAnEmptyCodeCell_IsReadAndChecked(string total, bool wrong)
    {
        // <TAB>合计<TAB>…: the leading TAB is the empty 科目编码 cell, so the amounts stay under their headings.
        var findings = CheckText(
            "单位：万元\n科目编码\t科目名称\t合计\t基本支出\t项目支出\n" +
            "201\t一般公共服务支出\t1,200.00\t700.00\t500.00\n" +
            "213\t农林水支出\t2,178.62\t1,000.00\t1,178.62\n" +
            $"\t合计\t{total}\t1,700.00\t1,678.62\n");

        Assert.Equal(wrong, findings.Count > 0);
    }

    [Fact]
    public void Extract_PercentInCaption_RateColumnsArePercentAmountColumnsStayMoney()
    {
        // 单位：亿元、%: 同比增长 holds percentages; 完成数 and 增减额 are amounts in 亿元.
        var doc = Checked.Extract("单位：亿元、%\n项目\t完成数\t上年数\t增减额\t同比增长\n甲\t74.38\t61.20\t13.18\t21.5\n乙\t20.00\t10.00\t10.00\t100.0\n丙\t30.00\t20.00\t10.00\t50.0\n");

        Assert.All(doc.Figures.Where(f => f.Column is "完成数" or "增减额"), f => Assert.Equal(("亿元", FigureKind.Money), (f.Unit, f.Kind)));
        Assert.All(doc.Figures.Where(f => f.Column == "同比增长"), f => Assert.Equal(FigureKind.Percent, f.Kind));
    }

    [Theory]
    // 支出总计 is 本年支出合计 + 年末结转和结余 below it, not the 年初结转和结余 of 收入总计 above it.
    [InlineData("表1 2023年度收入支出决算总体情况\n单位：万元\n项目\t2023年度\t2022年度\t增减额\t增减率（%）\n收入总计\t3,379.78\t3,112.14\t267.64\t8.60\n其中：本年收入合计\t3,208.82\t2,993.30\t215.52\t7.20\n年初结转和结余\t170.96\t118.84\t52.12\t43.86\n支出总计\t3,379.78\t3,112.14\t267.64\t8.60\n其中：本年支出合计\t3,213.13\t2,945.12\t268.01\t9.10\n年末结转和结余\t166.65\t167.02\t-0.37\t-0.22")]
    // 30217 其中：公务接待费 and 30231 are a selection of 302's items, not all of them.
    [InlineData("表2 2023年度一般公共预算财政拨款基本支出（按经济分类）\n单位：万元\n科目编码\t科目名称\t决算数\t占比（%）\n\t合计\t320.84\t100.00\n301\t工资福利支出\t249.39\t77.73\n302\t商品和服务支出\t57.20\t17.83\n303\t对个人和家庭的补助\t11.45\t3.57\n310\t资本性支出\t2.80\t0.87\n30217\t其中：公务接待费\t5.91\t1.84\n30231\t公务用车运行维护费\t10.19\t3.18")]
    public void Check_StandardFinalAccountsTable_GivesNoFinding(string text) =>
        Assert.Empty(Checked.Serious(text));

    [Fact]
    public void Check_TotalColumnFailingOnManyRows_OneInfoInsteadOfAnErrorPerRow()
    {
        // 本年收入合计 against the one income column printed on this page: the sheet's other columns are on the next.
        var findings = Checked.Findings("收入决算表\n单位：万元\n科目编码\t科目名称\t本年收入合计\t财政拨款收入\t事业收入\n201\t一般公共服务支出\t120.00\t100.00\t12.00\n205\t教育支出\t300.00\t260.00\t30.00\n208\t社会保障和就业支出\t90.00\t80.00\t6.00\n210\t卫生健康支出\t66.00\t50.00\t10.00\n212\t城乡社区支出\t40.00\t30.00\t6.00\n213\t农林水支出\t44.00\t30.00\t9.00");

        Assert.DoesNotContain(findings, f => f.Severity >= Severity.Warning);
        Assert.Single(findings, f => f.Rule == TableTotalRule.RuleId && f.Severity == Severity.Info && f.MessageZh.Contains("缺列"));
    }

    [Theory]
    // 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 收入总计: the rows under the 合计 are the 总计's, not the 合计's.
    [InlineData("表1  2023年度收入支出决算总体情况表\n单位：万元\n项目\t决算数\t项目\t决算数\n本年收入合计\t4,840.39\t本年支出合计\t4,663.97\n使用非财政拨款结余\t0.00\t结余分配\t0.00\n年初结转和结余\t144.77\t年末结转和结余\t321.19\n收入总计\t4,985.16\t支出总计\t4,985.16")]
    // 收入、支出决算总计 is both totals; its 其中 list ends where the income side adds up.
    [InlineData("2023年度收入、支出决算总计10,445.13万元。其中：本年收入合计10,155.73万元，年初结转和结余289.40万元；本年支出合计10,124.53万元，年末结转和结余320.60万元。")]
    public void Check_StandardTotalsOfBothSides_GivesNoFinding(string text) =>
        Assert.Empty(Checked.Serious(text));
}
