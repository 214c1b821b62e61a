#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The schema as a list of numbered steps. A database at version N runs steps N+1… in order,
// each in its own transaction together with its schema_version row. Steps are never edited once
// released: a change is a new step.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    // The statements edit table definitions in sqlite_schema, SQLite's documented way to change a
    // constraint without rebuilding the table: only for changes that keep every stored row valid
    // and the file's structure as it is. Database::migrate turns writable_schema on around them
    // and bumps the schema version, so that every connection, its own included, reads them again.
    bool rewritesDefinitions = false;
};

const QList<Migration>& migrations();
