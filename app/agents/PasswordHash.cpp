#include "PasswordHash.h"

#include <sodium.h>

#include <mutex>

namespace
{
    bool ready()
    {
        static std::once_flag once;
        static bool ok = false;
        std::call_once(once, [] { ok = sodium_init() >= 0; });
        return ok;
    }

    // libsodium's "interactive" limits: 2 passes over 64 MiB, about 0.1 s on an agent's PC — slow
    // enough to make guessing from a stolen database expensive, quick enough for a sign-in.
    constexpr unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    constexpr size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

QByteArray PasswordHash::hash(const QString& password)
{
    if (!ready()) {
        return {};
    }
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit,
                          memLimit)
        != 0) {
        return {};
    }
    out.truncate(static_cast<qsizetype>(qstrlen(out.constData())));
    return out;
}

bool PasswordHash::verify(const QByteArray& stored, const QString& password)
{
    if (!ready() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    QByteArray terminated = stored;
    terminated.append('\0');
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
           == 0;
}

bool PasswordHash::needsRehash(const QByteArray& stored)
{
    if (!ready()) {
        return false;
    }
    QByteArray terminated = stored;
    terminated.append('\0');
    return crypto_pwhash_str_needs_rehash(terminated.constData(), opsLimit, memLimit) != 0;
}
