using System.Security.Cryptography;

namespace CityCrm.Channels;

/// <summary>
/// A random key generated once into a file of the data folder (readable by the service's user only), so that what it
/// signs or hashes stays valid across restarts, and two instances starting on one folder end up with the same key.
/// </summary>
public static class SecretFile
{
    /// <summary>The key in <paramref name="path"/>, created with <paramref name="bytes"/> random bytes when missing.</summary>
    /// <param name="damaged">What to say when the file holds no key (why deleting it has a cost).</param>
    public static byte[] LoadOrCreate(string path, int bytes, string damaged)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + ".tmp";
            File.WriteAllText(temp, Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)));
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            try
            {
                // No overwrite: when two instances race on one folder, the first key wins and both use it.
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp);
            }
        }
        try
        {
            var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
            return key.Length > 0 ? key : throw new FormatException("The key file is empty.");
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"The key file {path} is damaged; delete it to generate a new key ({damaged}).", ex);
        }
    }
}
