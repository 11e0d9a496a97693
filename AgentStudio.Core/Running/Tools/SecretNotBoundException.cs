namespace AgentStudio.Core.Running.Tools;

/// <summary>A tool would have sent a secret to a host the secret is not bound to; nothing was sent.</summary>
public sealed class SecretNotBoundException : InvalidOperationException
{
    /// <summary>The refusal for secret <paramref name="name"/> on its way to <paramref name="host"/>.</summary>
    public SecretNotBoundException(string name, string host, SecretValue secret, string toolName)
        : base($"{toolName} refuses to send the secret {name} to {host}: it is bound to {secret?.HostsText ?? "no host"}. "
            + "If it should go there, add the host to the secret in Settings → Secrets (or AgentStudio:Secrets:" + name + ":Hosts).")
    {
        SecretName = name;
        Host = host;
    }

    /// <summary>A refusal with only a message.</summary>
    public SecretNotBoundException(string message)
        : base(message)
    {
        SecretName = "";
        Host = "";
    }

    /// <summary>A refusal with a message and the exception behind it.</summary>
    public SecretNotBoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        SecretName = "";
        Host = "";
    }

    /// <summary>A refusal with no message.</summary>
    public SecretNotBoundException()
        : this("A secret would have been sent to a host it is not bound to.")
    {
    }

    /// <summary>The secret's name.</summary>
    public string SecretName { get; }

    /// <summary>The host it would have reached.</summary>
    public string Host { get; }
}
