#pragma once

#include "models/kinds/recorddetails.h"

#include <QModelIndex>
#include <QObject>
#include <QStringList>

class RecordKind;

// An optional part of the detail pane for some rows: more about the one
// selected record than its own fields say, which it may load. The pane asks
// each extension whether it applies to the selected row, tells it when the
// selection changes, appends its HTML and re-renders on changed(). An
// extension must ignore answers for a selection it was told to forget.
class RecordDetailExtension : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool appliesTo(const QModelIndex &row, const RecordKind &kind) const = 0;
    // The selected row changed (or its record did); may start loading.
    virtual void show(const QModelIndex &row, const RecordKind &kind) = 0;
    // Nothing of this extension is selected any more: stop, forget.
    virtual void clear() = 0;
    // Escaped HTML to append under the record's fields (before the bookkeeping).
    virtual QString html() const = 0;
    // The same as a group of plain fields, for Copy details; empty before it is loaded.
    virtual DetailGroup group() const = 0;

signals:
    void changed();
};

// The extensions a detail pane starts with, parented to it.
QList<RecordDetailExtension *> defaultDetailExtensions(QObject *parent);
