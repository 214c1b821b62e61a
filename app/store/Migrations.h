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
};

const QList<Migration>& migrations();
