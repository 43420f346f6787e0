#pragma once

#include "models/api/apierror.h"

#include <QHash>
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
// A problem shows once the user has left the field or tried to save, not
// while a new form waits for its first keystroke; a text field keeps the
// room for one line of it, so that its appearance moves nothing. Whether
// the form may be saved is RecordForm's business.
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
    // What the field is called where it stands alone — Save's list of
    // problems, screen readers: "Voice URL" for the "URL" under "Voice".
    // Without one, a label that occurs twice gets its group's title.
    void setName(const QString &key, const QString &name);
    // After the last field: one label column for every group, so that the
    // fields line up down the form, and the room to spare below the groups.
    void finishLayout();

    // Checks every shown field and shows each problem under its field;
    // returns them as "label: problem".
    QStringList check();
    // Shows the problems of the field that widget belongs to from now on.
    void revealFieldOf(const QWidget *widget);
    // Shows every problem from now on: the user tried to save.
    void revealAll();
    // Shows the problems found by the last check() in fields that hold a
    // value: an edit form opened on a wrong value says so at once.
    void revealWrongValues();
    // Puts each error at the shown field it names, until that field is
    // edited. Returns the messages no shown field took; first: the editor
    // of the first field that took one, or nullptr.
    QStringList placeServerErrors(const QList<ApiError::FieldError> &errors, QWidget **first);

    // The keys of the shown fields with a problem.
    QStringList problems() const;
    // What blocks Save at the field, shown yet or not.
    QString problemAt(const QString &key) const;
    // What the field shows under it now.
    QString shownProblemAt(const QString &key) const;
    QString nameOf(const QString &key) const;
    QStringList keys() const;
    QWidget *editorFor(const QString &key) const;
    bool isShown(const QString &key) const;
    // The first shown field the user can change, for the focus when the
    // form opens; the first with a problem, for the focus after a refused Save.
    QWidget *firstEditableEditor() const;
    QWidget *firstProblemEditor() const;

signals:
    // The user changed a field; it has dropped the service's problem.
    void edited();

private:
    struct Field
    {
        QString key;
        QLabel *label = nullptr;
        QString labelText;
        QString name; // empty: labelText
        QString groupTitle;
        QWidget *cell = nullptr; // the editor, its problem and whatever sits beside it
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        QString currentProblem; // shown or not
        std::function<QString()> check;
        QString serverProblem; // until the user edits the field
        bool shown = true;
        bool required = false;
        bool revealed = false;
        bool reserved = false; // a line for the problem, empty or not
        bool describingProblem = false; // the editor's accessible description is the problem
        QString descriptionBeforeProblem;
    };

    Field *field(const QString &key);
    const Field *field(const QString &key) const;
    QString problemOf(const Field &field) const;
    static void describeProblem(Field &field, const QString &shown);
    void watchEdits(const Field &field);
    void onEdited(const QString &key);
    void reserveProblemLine(Field &field);
    void keepProblemHeight(Field &field);

    QVBoxLayout *m_groups;
    QList<Field> m_fields;
    QHash<const QGridLayout *, QString> m_groupTitles;
};
