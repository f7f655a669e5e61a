namespace AllBot.Bench.DirectLineLoad;

/// <summary>Where to send the load, how many visitors at once, and for how long.</summary>
internal sealed record LoadOptions(Uri Url, int Conversations, TimeSpan Duration)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
        return new LoadOptions(
            new Uri(Value("--url", "http://127.0.0.1:5000")),
            int.Parse(Value("--conversations", "50")),
            TimeSpan.FromSeconds(double.Parse(Value("--seconds", "20"))));
    }
}
