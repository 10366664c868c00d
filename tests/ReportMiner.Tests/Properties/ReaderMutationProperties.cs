using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReportMiner.Ingestion;
using ReportMiner.Pipeline;
using ReportMiner.Tests.Support;

namespace ReportMiner.Tests.Properties;

/// <summary>
/// Every reader in the pipeline, over randomly mutated copies of the seed renditions and corpus files of its format,
/// returns a document or throws <see cref="DocumentReadException"/>: never anything else, never a hang.
/// Written over <see cref="CheckPipeline.Readers"/>, so a reader added there is covered without a change here.
/// </summary>
public sealed class ReaderMutationProperties
{
    /// <summary>Files per format taken from corpus/ (evenly spread, sorted by path) to keep the run short.</summary>
    private const int CorpusFilesPerFormat = 12;

    private static readonly Lazy<IReadOnlyList<(IDocumentReader Reader, string Path, byte[] Bytes)>> Samples = new(LoadSamples);

    private static IReadOnlyList<(IDocumentReader, string, byte[])> LoadSamples()
    {
        var readers = CheckPipeline.Readers();
        var renditions = Directory.EnumerateFiles(Repo.File("seeds/renditions"));
        var corpusRoot = Repo.File("corpus");
        var corpus = Directory.Exists(corpusRoot)
            ? Directory.EnumerateFiles(corpusRoot, "*", SearchOption.AllDirectories)
                .Where(p => new FileInfo(p).Length is > 0 and < 8 * 1024 * 1024)
                .GroupBy(InputDiscovery.FormatOf)
                .SelectMany(g =>
                {
                    var sorted = g.Order(StringComparer.Ordinal).ToList();
                    var step = Math.Max(1, sorted.Count / CorpusFilesPerFormat);
                    return sorted.Where((_, i) => i % step == 0).Take(CorpusFilesPerFormat);
                })
            : [];
        return renditions.Concat(corpus).Order(StringComparer.Ordinal)
            .Select(p => (Reader: readers.FirstOrDefault(r => r.Format == InputDiscovery.FormatOf(p)), Path: p))
            .Where(s => s.Reader is not null)
            .Select(s => (s.Reader!, s.Path, File.ReadAllBytes(s.Path)))
            .ToList();
    }

    private enum Mutation
    {
        FlipBytes,
        Truncate,
        ZeroRange,
        DuplicateRange,
        InsertJunk,
    }

    private sealed record Case(int Sample, Mutation Kind, int Seed)
    {
        public override string ToString() => $"{Path.GetFileName(Samples.Value[Sample].Path)} {Kind} seed {Seed}";
    }

    private static Arbitrary<Case> Cases() =>
        Gen.Zip(Gen.Zip(Gen.Choose(0, Math.Max(0, Samples.Value.Count - 1)), Gen.Elements(Enum.GetValues<Mutation>())), Gen.Choose(0, int.MaxValue))
            .Select(t => new Case(t.Item1.Item1, t.Item1.Item2, t.Item2))
            .ToArbitrary();

    private static byte[] Mutate(byte[] original, Mutation kind, int seed)
    {
        var random = new Random(seed);
        var bytes = (byte[])original.Clone();
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var at = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - at, 1 + random.Next(256));
        switch (kind)
        {
            case Mutation.FlipBytes:
                for (var i = 0; i < 1 + random.Next(16); i++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
                }

                return bytes;
            case Mutation.Truncate:
                return bytes[..at];
            case Mutation.ZeroRange:
                Array.Clear(bytes, at, length);
                return bytes;
            case Mutation.DuplicateRange:
                return [.. bytes[..(at + length)], .. bytes[at..]];
            default:
                var junk = new byte[1 + random.Next(512)];
                random.NextBytes(junk);
                return [.. bytes[..at], .. junk, .. bytes[at..]];
        }
    }

    [Property(MaxTest = 120)]
    public Property Read_MutatedSample_DocumentOrDocumentReadException() =>
        Prop.ForAll(Cases(), c =>
        {
            if (Samples.Value.Count == 0)
            {
                return true;
            }

            var (reader, _, original) = Samples.Value[c.Sample];
            var mutated = Mutate(original, c.Kind, c.Seed);
            var task = Task.Run(() =>
            {
                try
                {
                    reader.Read("mutated" + Path.GetExtension(Samples.Value[c.Sample].Path), mutated, ReaderLimits.Default, CancellationToken.None);
                    return null;
                }
                catch (DocumentReadException)
                {
                    return null;
                }
                catch (Exception e)
                {
                    return e;
                }
            });

            // A generous bound only so a hanging reader fails the test instead of hanging the run.
            Assert.True(task.Wait(TimeSpan.FromMinutes(2)), $"{c}: the reader did not return");
            Assert.True(task.Result is null, $"{c}: {task.Result}");
            return true;
        });

    [Fact]
    public void Samples_RenditionsPresent_TextRenditionsCovered()
    {
        Assert.Contains(Samples.Value, s => s.Path.EndsWith("seed.gb18030.txt", StringComparison.Ordinal));
        Assert.Contains(Samples.Value, s => s.Path.EndsWith("seed.utf16.txt", StringComparison.Ordinal));
    }
}
