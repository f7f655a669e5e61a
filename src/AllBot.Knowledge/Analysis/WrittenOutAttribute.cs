using Lucene.Net.Util;

namespace AllBot.Knowledge.Analysis;

/// <summary>The word as written out, before stemming (set by <see cref="WrittenOutFilter"/>).</summary>
public interface IWrittenOutAttribute : IAttribute
{
    string Word { get; set; }
}

/// <summary>Lucene finds the implementation of <see cref="IWrittenOutAttribute"/> by this name.</summary>
public sealed class WrittenOutAttribute : Lucene.Net.Util.Attribute, IWrittenOutAttribute
{
    public string Word { get; set; } = "";

    public override void Clear() => Word = "";

    public override void CopyTo(IAttribute target) => ((IWrittenOutAttribute)target).Word = Word;
}
