namespace AllBot.Knowledge.Analysis;

/// <summary>
/// British spellings and the American spellings they fold to. Patients write both ("leukaemia", "leukemia"); the
/// site and the videos mix them too. Rules are explicit lists, not a blanket "ae -> e", so ordinary words such as
/// "aerobic" or "michael" are left alone.
/// </summary>
internal static class BritishSpellings
{
    /// <summary>Whole-word spellings.</summary>
    public static readonly IReadOnlyDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["tumour"] = "tumor", ["tumours"] = "tumors", ["colour"] = "color", ["behaviour"] = "behavior",
        ["favour"] = "favor", ["labour"] = "labor", ["odour"] = "odor", ["humour"] = "humor", ["vapour"] = "vapor",
        ["centre"] = "center", ["centres"] = "centers", ["centred"] = "centered", ["fibre"] = "fiber", ["litre"] = "liter", ["litres"] = "liters",
        ["programme"] = "program", ["programmes"] = "programs", ["enrol"] = "enroll", ["enrolment"] = "enrollment",
        ["licence"] = "license", ["defence"] = "defense", ["grey"] = "gray",
        ["ageing"] = "aging", ["foetus"] = "fetus", ["dietician"] = "dietitian", ["dieticians"] = "dietitians",
    };

    /// <summary>Word beginnings (haematologist, leucocyte, paediatric, oesophagus, anaesthetic, randomised ...).</summary>
    public static readonly IReadOnlyList<(string British, string American)> Prefixes =
    [
        ("haem", "hem"), ("leuc", "leuk"), ("paed", "ped"), ("anaes", "anes"), ("oesoph", "esoph"), ("oestr", "estr"), ("oedem", "edem"),
        ("diarrhoe", "diarrhe"), ("dyspnoe", "dyspne"), ("orthopaed", "orthoped"), ("gynaec", "gynec"), ("faec", "fec"),
        ("foet", "fet"), ("randomis", "randomiz"), ("organis", "organiz"), ("recognis", "recogniz"),
        ("realis", "realiz"), ("specialis", "specializ"), ("minimis", "minimiz"), ("hospitalis", "hospitaliz"),
        ("immunis", "immuniz"), ("personalis", "personaliz"), ("stabilis", "stabiliz"), ("sterilis", "steriliz"),
        ("summaris", "summariz"), ("prioritis", "prioritiz"), ("categoris", "categoriz"), ("standardis", "standardiz"),
    ];

    /// <summary>Word endings (leukaemia, anaemia, septicaemia, ischaemic ...).</summary>
    public static readonly IReadOnlyList<(string British, string American)> Suffixes =
    [
        ("aemia", "emia"), ("aemias", "emias"), ("aemic", "emic"),
    ];

    /// <summary>The American spelling of <paramref name="word"/> (lower case), or null when it has none.</summary>
    public static string? ToAmerican(string word)
    {
        if (Words.TryGetValue(word, out var whole)) return whole;
        foreach (var (british, american) in Suffixes)
        {
            if (word.EndsWith(british, StringComparison.Ordinal)) return word[..^british.Length] + american;
        }
        foreach (var (british, american) in Prefixes)
        {
            if (word.StartsWith(british, StringComparison.Ordinal)) return american + word[british.Length..];
        }
        return null;
    }
}
