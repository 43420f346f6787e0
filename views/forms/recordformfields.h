#pragma once

#include "models/api/apierror.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QGridLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

// The fields of a RecordForm, each known by the request's name for it: the
// grouped rows, and under each editor its problem — what the service said
// (until the user edits the field), "Required.", or the field's own check.
// Whether the form may be saved is RecordForm's business.
class RecordFormFields : public QObject
{
    Q_OBJECT

public:
    // Each group's box goes into groups.
    RecordFormFields(QVBoxLayout *groups, QObject *parent);

    QGridLayout *addGroup(const QString &title);
    // check returns a problem or ""; it is not asked about an empty field
    // (setRequired() is).
    void addField(QGridLayout *group, const QString &key, const QString &label, QWidget *editor,
        std::function<QString()> check);
    void setShown(const QString &key, bool shown);
    void setRequired(const QString &key, bool required);
    // After the last field: one label column for every group, so that the
    // fields line up down the form, and the room to spare below the groups.
    void finishLayout();

    // Checks every shown field and shows each problem under its field;
    // returns them as "label: problem".
    QStringList check();
    // Puts each error at the shown field it names, until that field is
    // edited. Returns the messages no shown field took; first: the editor
    // of the first field that took one, or nullptr.
    QStringList placeServerErrors(const QList<ApiError::FieldError> &errors, QWidget **first);

    // The keys of the shown fields with a problem.
    QStringList problems() const;
    QString problemAt(const QString &key) const;
    QWidget *editorFor(const QString &key) const;
    bool isShown(const QString &key) const;

signals:
    // The user changed a field; it has dropped the service's problem.
    void edited();

private:
    struct Field
    {
        QString key;
        QLabel *label = nullptr;
        QString labelText;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        std::function<QString()> check;
        QString serverProblem; // until the user edits the field
        bool shown = true;
        bool required = false;
    };

    Field *field(const QString &key);
    const Field *field(const QString &key) const;
    QString problemOf(const Field &field) const;
    void watchEdits(const Field &field);
    void onEdited(const QString &key);

    QVBoxLayout *m_groups;
    QList<Field> m_fields;
};
