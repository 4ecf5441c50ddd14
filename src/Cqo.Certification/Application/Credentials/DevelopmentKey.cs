using System.Security.Cryptography;

namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// The signing key of a machine with none configured: generated once into a file that restarts and
/// every host on the machine then read, so credentials one issued verify against another's keys.
/// </summary>
internal static class DevelopmentKey
{
    /// <summary>The PEM in <paramref name="path"/>, written first when there is none.</summary>
    public static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        // Written beside the target and moved into place without overwriting: of hosts starting
        // together one wins, the others read its key, and none ever sees half a file.
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, OwnerOnly()))
            using (var writer = new StreamWriter(file))
            {
                writer.Write(key.ExportPkcs8PrivateKeyPem());
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another host wrote its key first: that one it is.
        }
        finally
        {
            File.Delete(temporary);
        }

        return File.ReadAllText(path);
    }

    /// <summary>A private key: readable by the host's user only where the file system can say so.</summary>
    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}
