#pragma once

#include <QByteArray>
#include <QString>

// Argon2id password hashing through libsodium (docs/security.md): memory-hard, salted, with the
// parameters encoded in the stored string, so they can be raised later without breaking old hashes.
namespace PasswordHash
{
    // "$argon2id$v=19$m=65536,t=2,p=1$…"; empty if hashing failed (out of memory).
    QByteArray hash(const QString& password);
    bool verify(const QByteArray& stored, const QString& password);
    // True when the stored hash uses weaker parameters than today's: rehash after a good sign-in.
    bool needsRehash(const QByteArray& stored);
} // namespace PasswordHash
