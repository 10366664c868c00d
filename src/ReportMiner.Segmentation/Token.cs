namespace ReportMiner.Segmentation;

/// <summary>One token of a <see cref="Segmenter.Cut(string)"/> result.</summary>
/// <param name="Text">The token text, equal to <c>input.Substring(Start, Length)</c>.</param>
/// <param name="Start">Offset in UTF-16 units of the input string.</param>
/// <param name="Length">Length in UTF-16 units (a non-BMP character is one token of length 2).</param>
public readonly record struct Token(string Text, int Start, int Length);
