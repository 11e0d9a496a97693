namespace AgentStudio.Core.Validation;

/// <summary>
/// Estimates how many tokens a text costs a model, without a tokenizer: each run of letters and digits
/// counts one token per four characters (at least one), each other visible character one token.
/// For English prose this lands within about 15% of OpenAI's tokenizers — good enough for warnings
/// and the designer's counter, never for billing.
/// </summary>
public static class TokenEstimator
{
    /// <summary>Estimates the tokens of <paramref name="text"/>; 0 for null or empty text.</summary>
    public static int Estimate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var tokens = 0;
        var wordLength = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                wordLength++;
                continue;
            }

            tokens += WordTokens(wordLength);
            wordLength = 0;
            if (!char.IsWhiteSpace(c))
            {
                tokens++;
            }
        }

        return tokens + WordTokens(wordLength);
    }

    private static int WordTokens(int length) => (length + 3) / 4;
}
