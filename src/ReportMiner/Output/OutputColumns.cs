namespace ReportMiner.Output;

/// <summary>The header rows of the three output files: the output contract, changed only deliberately.</summary>
public static class OutputColumns
{
    public const string Documents = "document,format,status,pages,lines,figures,errors,warnings,infos,message,sha256";
    public const string Figures = "id,document,page,line,start,length,text,value,unit,kind,base_value,approx,label,column";
    public const string Findings = "document,page,line,rule,severity,stated,computed,difference,unit,message,evidence,figures";
}
