using System.Runtime.InteropServices;

namespace Sitrep.Learn;

/// <summary>
/// Anonymous memory mappings advised as transparent huge pages on Linux (mmap + madvise(MADV_HUGEPAGE)), for
/// <see cref="NativeTable{T}"/>. Best effort: where the kernel ignores the advice the memory is ordinary pages.
/// </summary>
internal static unsafe partial class HugePages
{
    public const nuint Size = 2 << 20;

    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MapPrivateAnonymous = 0x02 | 0x20;
    private const int AdviseHugePage = 14;

    /// <summary>Maps <paramref name="bytes"/> zeroed bytes starting at a 2 MB boundary; null when mapping failed.</summary>
    public static void* Map(nuint bytes, out void* mapping, out nuint mappedBytes)
    {
        mappedBytes = bytes + Size;
        mapping = Mmap(null, mappedBytes, ProtReadWrite, MapPrivateAnonymous, -1, 0);
        if (mapping == (void*)-1)
        {
            mapping = null;
            mappedBytes = 0;
            return null;
        }

        var aligned = ((nuint)mapping + Size - 1) & ~(Size - 1);
        _ = Madvise((void*)aligned, (bytes + Size - 1) & ~(Size - 1), AdviseHugePage);
        return (void*)aligned;
    }

    public static void Unmap(void* mapping, nuint mappedBytes) => _ = Munmap(mapping, mappedBytes);

    [LibraryImport("libc", EntryPoint = "mmap")]
    private static partial void* Mmap(void* address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "munmap")]
    private static partial int Munmap(void* address, nuint length);
}
