#pragma once

#include <QString>

class QHBoxLayout;
class QLabel;
class QWidget;
class TwilioClient;
struct TwilioCollection;

// What the forms put around a RecordForm field (first made for the SIP
// authentication forms: credential lists, credentials, IP access control
// lists, IP addresses).
namespace SipAuthFormParts {

// A muted, word-wrapped plain-text explanation below the editor of a field
// that RecordForm::addField() has placed, under its problem and any notes
// added before.
QLabel *addNote(QWidget *editor, const QString &text);
// A row that holds the placed editor, for buttons beside it.
QHBoxLayout *besideEditor(QWidget *editor);
// A value the form shows but cannot change: plain text, selectable with
// mouse and keyboard (so it can be copied, and a screen reader reaches it
// with Tab), that does not look like a field to type into; its accessible
// description says it is read-only.
QLabel *readOnlyText(const QString &text);
// A label for the list a member record belongs to: its SID at once, then
// "Friendly name (SID)" once the service has answered (nothing changes if
// it does not). The request belongs to the client.
QLabel *parentLabel(TwilioClient *client, const TwilioCollection &lists, const QString &sid);

} // namespace SipAuthFormParts
