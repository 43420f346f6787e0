#include "views/forms/sipauthformparts.h"

#include "models/api/apirequest.h"
#include "models/api/twilioclient.h"
#include "models/validation/rules.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SipAuthFormParts {

namespace {

// The editor's cell: RecordFormFields puts each editor into a QVBoxLayout
// of its own, with the problem label below it (the editor may since have
// moved into a row of that layout: besideEditor()).
QVBoxLayout *cellOf(QWidget *editor)
{
    QWidget *cell = editor->parentWidget();
    auto *layout = cell ? qobject_cast<QVBoxLayout *>(cell->layout()) : nullptr;
    Q_ASSERT(layout);
    return layout;
}

} // namespace

QLabel *addNote(QWidget *editor, const QString &text)
{
    QVBoxLayout *cell = cellOf(editor);
    auto *note = new QLabel(text);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setObjectName(editor->objectName() + u"Note"_s);
    QPalette palette = note->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    note->setPalette(palette);
    cell->addWidget(note);
    return note;
}

QHBoxLayout *besideEditor(QWidget *editor)
{
    QVBoxLayout *cell = cellOf(editor);
    const int index = cell->indexOf(editor);
    cell->removeWidget(editor);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(editor, 1);
    cell->insertLayout(index, row);
    return row;
}

QLabel *readOnlyText(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // on the Tab way, as the form's other fields
    label->setAccessibleDescription(QCoreApplication::translate("SipAuthFormParts", "Read-only"));
    return label;
}

QLabel *parentLabel(TwilioClient *client, const TwilioCollection &lists, const QString &sid)
{
    auto *label = new QLabel(sid);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true); // a long name goes onto a second line, not off the form
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ApiRequest *request =
        client && Rules::isSid(sid, lists.sidPrefix) ? client->fetch(lists, sid) : nullptr;
    if (!request)
        return label;
    QObject::connect(request, &ApiRequest::finished, label, [label, request, sid] {
        if (request->error())
            return;
        const QString name =
            request->json().object().value(u"friendly_name"_s).toString().trimmed();
        if (!name.isEmpty())
            label->setText(
                QCoreApplication::translate("SipAuthFormParts", "%1 (%2)").arg(name, sid));
    });
    return label;
}

} // namespace SipAuthFormParts
