/* A stand-in for bcryptprimitives.dll, for the Wine test prefix of CI only.
 *
 * Rust's standard library on Windows imports ProcessPrng from
 * bcryptprimitives.dll for its random numbers (hash map keys, temporary file
 * names). Windows 10 and 11 have that DLL; Wine 8 (Debian 12) does not, so
 * top3.exe would not start under it. This DLL exports the one function and
 * fills the buffer from RtlGenRandom (advapi32's SystemFunction036), which
 * Wine has. It is never shipped: see ci/windows.sh. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
