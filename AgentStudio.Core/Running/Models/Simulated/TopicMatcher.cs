namespace AgentStudio.Core.Running.Models.Simulated;

/// <summary>
/// Scores how well a tool's or handoff's description fits the user's words: shared words, plus shared topics
/// from a small vocabulary of the seed article's domains (billing, technical support, research, analysis),
/// so that "I was charged twice" finds "Billing and payment issues".
/// </summary>
internal static class TopicMatcher
{
    private static readonly Dictionary<string, string[]> Topics = new(StringComparer.Ordinal)
    {
        ["billing"] = ["bill", "billing", "charge", "overcharge", "payment", "pay", "paid", "refund", "invoice", "subscription", "price", "pricing", "cost", "money", "card", "credit", "fee", "receipt", "plan", "twice", "double", "account", "purchase", "order", "renewal"],
        ["technical"] = ["crash", "error", "bug", "broken", "install", "login", "password", "slow", "freeze", "app", "software", "technical", "tech", "device", "update", "reboot", "restart", "diagnostic", "diagnose", "fail", "troubleshoot", "connect", "network", "working", "open", "screen", "setting"],
        ["research"] = ["research", "find", "gather", "investigate", "study", "topic", "information", "learn", "source", "fact", "explore", "impact", "history", "about", "search", "web", "look", "result"],
        ["analysis"] = ["analyze", "analyse", "analysis", "insight", "evaluate", "assess", "compare", "implication", "trend", "recommend", "conclusion", "summary", "summarize"],
    };

    private static readonly HashSet<string> StopWords =
        ["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "my", "i", "me", "is", "was", "it", "this", "that", "be", "at", "by",
         "from", "as", "are", "you", "your", "we", "our", "can", "do", "does", "when", "last", "month", "agent", "handle", "handles", "request", "questions", "question", "transfer", "handoff", "issue", "issues", "help"];

    private static readonly Dictionary<string, string> TopicOfStem = BuildTopicIndex();

    /// <summary>The fit of <paramref name="description"/> to <paramref name="userText"/>: 0 for none, higher is better.</summary>
    public static int Score(string userText, string description)
    {
        var user = Stems(userText);
        var target = Stems(description);
        var sharedWords = user.Intersect(target).Count();
        var sharedTopics = Topics.Keys.Count(topic => user.Any(w => TopicOfStem.GetValueOrDefault(w) == topic) && target.Any(w => TopicOfStem.GetValueOrDefault(w) == topic));
        return sharedWords + (2 * sharedTopics);
    }

    internal static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!StopWords.Contains(word) && word.Length > 1)
            {
                stems.Add(Stem(word));
            }
        }

        return stems;
    }

    // A crude stemmer is enough here: "charged", "charges" and "charging" must meet "charge".
    private static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ed", "es", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return TopicOfStem.ContainsKey(stem) || TopicOfStem.ContainsKey(stem + "e") ? (TopicOfStem.ContainsKey(stem) ? stem : stem + "e") : stem;
            }
        }

        return word;
    }

    private static Dictionary<string, string> BuildTopicIndex()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (topic, words) in Topics)
        {
            foreach (var word in words)
            {
                index.TryAdd(word, topic);
            }
        }

        return index;
    }

    private static readonly char[] Separators = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetterOrDigit(c))];
}
