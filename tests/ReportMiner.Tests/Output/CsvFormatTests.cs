using System.Text;
using ReportMiner.Documents;
using ReportMiner.Extraction;
using ReportMiner.Output;
using ReportMiner.Pipeline;
using ReportMiner.Reconciliation;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Output;

public sealed class CsvFormatTests
{
    private static string WriteRow(Action<CsvHelper.CsvWriter> write)
    {
        var text = new StringWriter();
        using (var csv = CsvFormat.CreateWriter(text))
        {
            write(csv);
            csv.EndRecord();
            csv.Flush();
        }

        return text.ToString();
    }

    [Fact]
    public void Text_PlainCells_WrittenUnquotedWithCrlf()
    {
        var row = WriteRow(csv =>
        {
            csv.Text("支出预算");
            csv.Text("abc");
        });

        Assert.Equal("支出预算,abc\r\n", row);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line1\nline2", "\"line1\nline2\"")]
    [InlineData("line1\r\nline2", "\"line1\r\nline2\"")]
    public void Text_SeparatorsQuotesLineEnds_QuotedPerRfc4180(string cell, string expected)
    {
        Assert.Equal(expected + "\r\n", WriteRow(csv => csv.Text(cell)));
        Assert.Equal([[cell]], Csv.ParseText(WriteRow(csv => csv.Text(cell))));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tTAB")]
    [InlineData("\rCR")]
    [InlineData("\nLF")]
    [InlineData("＝全角")]
    public void Text_FormulaLikeCells_PrefixedWithApostrophe(string cell)
    {
        var parsed = Csv.ParseText(WriteRow(csv => csv.Text(cell)));

        Assert.Equal("'" + cell, Assert.Single(Assert.Single(parsed)));
    }

    [Theory]
    [InlineData("a=b")]
    [InlineData("1+1")]
    [InlineData("邮箱 a@b.cn")]
    public void Text_FormulaCharactersInside_Unchanged(string cell)
    {
        Assert.Equal(cell, Assert.Single(Assert.Single(Csv.ParseText(WriteRow(csv => csv.Text(cell))))));
    }

    [Fact]
    public void Number_NegativeAndLarge_WrittenAsInvariantNumbersWithoutSeparators()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            // A culture with a decimal comma and a thousands dot must not leak into the output.
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var row = WriteRow(csv =>
            {
                csv.Number(-30.00m);
                csv.Number(1234567.89m);
                csv.Number((int?)1234567);
                csv.Number((decimal?)null);
                csv.NormalisedNumber(1690950.00m);
            });

            Assert.Equal("-30.00,1234567.89,1234567,,1690950\r\n", row);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Commit_HostileOutcome_FilesHaveBomCrlfQuotingAndNeutralisedTextButNumericNumbers()
    {
        using var dir = new TempDirectory();
        var figure = new Figure
        {
            Id = "F1",
            Span = new SourceSpan(null, 3, 0, 6),
            Text = "-30千元",
            Value = -30m,
            Unit = "千元",
            Kind = FigureKind.Money,
            BaseValue = -30000m,
            Label = "=HYPERLINK(\"http://evil\",\"点击\")",
        };
        var finding = new Finding
        {
            Location = new SourceSpan(null, 3, 0, 6),
            Rule = "sum_mismatch",
            Severity = Severity.Error,
            Stated = 1118.00m,
            Computed = 1148.00m,
            Difference = -30.00m,
            Unit = "千元",
            MessageZh = "+cmd 消息",
            MessageEn = "+cmd message",
            Evidence = "\t@SUM(A1), \"quoted\"\nnext line",
            FigureIds = ["F1"],
        };
        var outcome = new DocumentOutcome("@evil, \"name\".txt", SourceFormat.Text, DocumentStatus.Ok, null, 3, [figure], [finding], "-note", "ab");

        using (var files = ResultFiles.Create(dir.Path, OutputLanguage.Zh))
        {
            files.Write(outcome);
            files.Commit();
        }

        var documents = Csv.ReadFile(dir["documents.csv"]);
        var figures = Csv.ReadFile(dir["figures.csv"]);
        var findings = Csv.ReadFile(dir["findings.csv"]);
        Assert.Equal("'@evil, \"name\".txt", Assert.Single(documents)["document"]);
        Assert.Equal("'-note", documents[0]["message"]);
        Assert.Equal("1", documents[0]["figures"]);
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"点击\")", Assert.Single(figures)["label"]);
        Assert.Equal("'-30千元", figures[0]["text"]);
        Assert.Equal("-30", figures[0]["value"]);
        Assert.Equal("-30000", figures[0]["base_value"]);
        Assert.Equal("-30.00", Assert.Single(findings)["difference"]);
        Assert.Equal("'+cmd 消息", findings[0]["message"]);
        Assert.Equal("'\t@SUM(A1), \"quoted\"\nnext line", findings[0]["evidence"]);
        Assert.Equal(OutputColumns.Documents, string.Join(',', Csv.Parse(dir["documents.csv"])[0]));
        Assert.Equal(OutputColumns.Figures, string.Join(',', Csv.Parse(dir["figures.csv"])[0]));
        Assert.Equal(OutputColumns.Findings, string.Join(',', Csv.Parse(dir["findings.csv"])[0]));
    }

    [Fact]
    public void Commit_FiguresOutOfOrder_RowsSortedByLineThenStart()
    {
        using var dir = new TempDirectory();
        Figure At(string id, int line, int start) => new()
        {
            Id = id, Span = new SourceSpan(null, line, start, 1), Text = "1", Value = 1, Unit = "人", Kind = FigureKind.Count, BaseValue = 1,
        };
        var outcome = new DocumentOutcome("a.txt", SourceFormat.Text, DocumentStatus.Ok, null, 9,
            [At("F1", 2, 5), At("F2", 1, 7), At("F3", 2, 1)], [], "", "");

        using (var files = ResultFiles.Create(dir.Path, OutputLanguage.En))
        {
            files.Write(outcome);
            files.Commit();
        }

        Assert.Equal(["F2", "F3", "F1"], Csv.ReadFile(dir["figures.csv"]).Select(r => r["id"]));
    }

    [Fact]
    public void Utf8WithBom_Encoding_EmitsPreamble()
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), CsvFormat.Utf8WithBom.GetPreamble());
    }

    [Fact]
    public void WriteFigures_TableCellsOfOneRow_ColumnTellsThemApart()
    {
        var doc = Reconciliation.TableTotalRuleTests.Extract(Reconciliation.TableTotalRuleTests.Table(1, "“三公”经费支出表 单位：万元",
            ["项目", "年初预算数", "决算数"],
            ["公务接待费", "6.00", "4.38"]));
        var text = new StringWriter();
        CsvRows.WriteFigures(text, "t.docx", doc.Figures);

        var rows = Csv.ParseText(text.ToString());
        Assert.Equal(OutputColumns.Figures.Split(','), rows[0]);
        var column = rows[0].IndexOf("column");
        var label = rows[0].IndexOf("label");
        Assert.Equal([("公务接待费", "年初预算数"), ("公务接待费", "决算数")], rows.Skip(1).Select(r => (r[label], r[column])));
    }
}
